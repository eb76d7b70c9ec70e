import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, InventoryLevelWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { syncSearchDocuments } from "../workflows/utils/search-sync"

/** Products whose stock an order or an inventory change touched. */
async function productIdsFor(container: SubscriberArgs["container"], name: string, id: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (name === OrderWorkflowEvents.PLACED) {
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id } })
    return (data[0]?.items ?? []).map((item) => item?.product_id).filter((p): p is string => !!p)
  }
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["id", "inventory_item.variants.product_id"],
    filters: { id },
  })
  return ((data[0] as any)?.inventory_item?.variants ?? []).map((v: any) => v?.product_id).filter(Boolean)
}

/** Stock changed: the in-stock flag of the affected products' documents follows. */
export default async function searchStock({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    if (!event.data?.id) return
    await syncSearchDocuments(container, await productIdsFor(container, event.name, event.data.id))
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Search index not updated after ${event.name} (${(error as Error)?.message ?? "error"})`)
  }
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, InventoryLevelWorkflowEvents.CREATED, InventoryLevelWorkflowEvents.UPDATED],
}
