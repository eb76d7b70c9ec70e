import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The id of the order with this display_id placed with this email (any case) in one of these sales channels. */
export async function findOrderByNumberAndEmail(
  scope: Pick<MedusaContainer, "resolve">,
  { displayId, email, salesChannelIds }: { displayId: number; email: string; salesChannelIds: string[] }
): Promise<string | null> {
  if (!salesChannelIds.length) return null
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "email", "sales_channel_id"],
    // display_id is an integer column; Medusa's generated filter types call it a string.
    filters: { display_id: displayId as unknown as string },
  })
  const wanted = email.trim().toLowerCase()
  const match = orders.find(
    (order: { email?: string | null; sales_channel_id?: string | null }) =>
      (order.email ?? "").trim().toLowerCase() === wanted && salesChannelIds.includes(order.sales_channel_id ?? "")
  )
  return match?.id ?? null
}
