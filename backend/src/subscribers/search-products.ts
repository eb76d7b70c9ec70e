import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, ProductVariantWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"
import { productIdsOfVariants, syncSearchDocuments } from "../workflows/utils/search-sync"

type EventData = { id?: string | string[]; product_id?: string }

const idsOf = (data: EventData | EventData[] | undefined): string[] =>
  (Array.isArray(data) ? data : [data]).flatMap((d) => (Array.isArray(d?.id) ? d!.id : d?.id ? [d.id] : []))

/**
 * A product (or one of its variants: prices, options) was created, updated or deleted: its search document
 * is rebuilt from its public data, or removed when it is no longer published.
 */
export default async function searchProducts({ event, container }: SubscriberArgs<EventData | EventData[]>) {
  try {
    const isVariant = event.name.startsWith("product-variant.")
    const ids = idsOf(event.data)
    const productIds = isVariant
      ? [
          ...(Array.isArray(event.data) ? event.data : [event.data]).map((d) => d?.product_id).filter((id): id is string => !!id),
          ...(await productIdsOfVariants(container, ids)),
        ]
      : ids
    await syncSearchDocuments(container, productIds)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Search index not updated after ${event.name} (${(error as Error)?.message ?? "error"})`)
  }
}

export const config: SubscriberConfig = {
  event: [
    ProductWorkflowEvents.CREATED,
    ProductWorkflowEvents.UPDATED,
    ProductWorkflowEvents.DELETED,
    ProductVariantWorkflowEvents.CREATED,
    ProductVariantWorkflowEvents.UPDATED,
    ProductVariantWorkflowEvents.DELETED,
  ],
}
