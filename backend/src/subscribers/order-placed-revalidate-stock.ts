import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { productRevalidationTags, requestStorefrontRevalidation } from "./_storefront-revalidation"

/** An order took stock: the storefront's product lists and the ordered products' pages show it at once. */
export default async function orderPlacedRevalidateStock({ event, container }: SubscriberArgs<{ id: string }>) {
  await requestStorefrontRevalidation(container, event.name, async () => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "items.product_handle"],
      filters: { id: event.data.id },
    })
    return productRevalidationTags((orders[0]?.items ?? []).map((item) => item?.product_handle))
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
}
