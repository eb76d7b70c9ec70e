import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ALL_MAKER_EVENTS, type MakerEventData } from "../modules/maker/events"
import { productIdsByMaker } from "../workflows/utils/product-makers"
import { syncSearchDocuments } from "../workflows/utils/search-sync"

/**
 * A maker's public face changed (hidden, shown, consent recorded, renamed, products assigned or put on or off
 * the shop): her products' documents are rebuilt through the public view, so a hidden maker's name leaves the
 * index at once and her products stay findable under the Collective's name.
 */
export default async function searchMakers({ event, container }: SubscriberArgs<MakerEventData>) {
  try {
    if (!event.data?.id) return
    const byMaker = await productIdsByMaker(container, [event.data.id])
    await syncSearchDocuments(container, byMaker.get(event.data.id) ?? [])
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Search index not updated after ${event.name} (${(error as Error)?.message ?? "error"})`)
  }
}

export const config: SubscriberConfig = {
  event: ALL_MAKER_EVENTS,
}
