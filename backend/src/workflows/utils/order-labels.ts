import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * How statements name an earning: the order's number and the item's product title, read in one query with
 * explicit fields (nothing of the buyer).
 */
export async function orderLabels(scope: Pick<MedusaContainer, "resolve">, orderIds: string[]) {
  const ids = [...new Set(orderIds)]
  const { data: orders }: { data: any[] } = ids.length
    ? await scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "display_id", "items.id", "items.product_title"], filters: { id: ids } })
    : { data: [] }
  const displayIdOf = new Map<string, number>(orders.map((order) => [order.id, order.display_id]))
  const titleOf = new Map<string, string | null>(
    orders.flatMap((order) => (order.items ?? []).map((item: any) => [item.id, item.product_title ?? null] as [string, string | null]))
  )
  return { displayIdOf, titleOf }
}
