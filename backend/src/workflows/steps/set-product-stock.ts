import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storeStockLocationId } from "../utils/maker-products"

export interface SetProductStockInput {
  product_id: string
  /** Units on hand at the store's stock location. */
  quantity: number
}

/**
 * Sets the stock of a one-variant product at the store's stock location (creating the level if there is none).
 * Compensation restores the previous quantity, or removes a level it created.
 */
export const setProductStockStep = createStep(
  "set-product-stock",
  async (input: SetProductStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { product_id: input.product_id },
    })
    const inventoryItemId = (data[0] as any)?.inventory_items?.[0]?.inventory_item_id as string | undefined
    const locationId = await storeStockLocationId(container)
    if (!inventoryItemId || !locationId) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The product's stock cannot be kept: no inventory item or stock location")
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const [level] = await inventory.listInventoryLevels(
      { inventory_item_id: inventoryItemId, location_id: locationId },
      { select: ["id", "stocked_quantity"], take: 1 }
    )
    if (level) {
      await inventory.updateInventoryLevels([
        { inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: input.quantity },
      ])
      return new StepResponse(undefined, { inventoryItemId, locationId, previous: Number(level.stocked_quantity), created: null as string | null })
    }
    const created = await inventory.createInventoryLevels({
      inventory_item_id: inventoryItemId,
      location_id: locationId,
      stocked_quantity: input.quantity,
    })
    return new StepResponse(undefined, { inventoryItemId, locationId, previous: 0, created: created.id as string | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.created) await inventory.deleteInventoryLevels([undo.created])
    else {
      await inventory.updateInventoryLevels([
        { inventory_item_id: undo.inventoryItemId, location_id: undo.locationId, stocked_quantity: undo.previous },
      ])
    }
  }
)
