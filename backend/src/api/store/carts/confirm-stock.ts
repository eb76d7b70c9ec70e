import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { confirmVariantInventoryWorkflow } from "@medusajs/medusa/core-flows"

// What Medusa's confirmVariantInventoryWorkflow reads of each variant (its prepareConfirmInventoryInput).
const VARIANT_FIELDS = [
  "id",
  "manage_inventory",
  "allow_backorder",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
  "inventory_items.inventory.location_levels.raw_stocked_quantity",
  "inventory_items.inventory.location_levels.raw_reserved_quantity",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stock_locations.id",
  "inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
]

type CartLine = { id: string; variant_id: string | null; quantity: number; variant?: { id: string } | null }

/**
 * Before POST /store/carts/:id/complete: checks the cart's stock the way adding to the cart does, so a buyer
 * whose items another buyer took in the meantime gets the same 400 `insufficient_inventory` answer as when
 * adding too many. Without it, Medusa's reservation step answers a message naming internal inventory and
 * location ids, with no code. Completed, empty or unknown carts are left to Medusa.
 */
export async function confirmCartStock(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at", "sales_channel_id", "items.id", "items.variant_id", "items.quantity", ...VARIANT_FIELDS.map((field) => `items.variant.${field}`)],
      filters: { id: req.params.id },
    })
    const lines = ((cart?.items ?? []) as CartLine[]).filter((line) => line?.variant)
    if (!cart || cart.completed_at || !lines.length) return next()

    const variants = [...new Map(lines.map((line) => [line.variant!.id, line.variant!])).values()]
    await confirmVariantInventoryWorkflow(req.scope).run({
      input: {
        sales_channel_id: cart.sales_channel_id!,
        variants: variants as never,
        items: lines.map((line) => ({ id: line.id, variant_id: line.variant_id!, quantity: line.quantity })),
      },
    })
    next()
  } catch (error) {
    next(error)
  }
}
