import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { retrieveMakerOrderItem, type MakerOrderItem } from "../utils/maker-order-items"

export interface FindMakerOrderItemInput {
  maker_id: string
  line_item_id: string
}

/** Said of an item that is not hers, whose order is not paid, or that does not exist: the same for all three. */
export const ORDER_ITEM_NOT_FOUND_MESSAGE = "Order item not found"

/** Her line item in a paid order, or a 404 that does not tell another maker's item from none. Reads only. */
export const findMakerOrderItemStep = createStep(
  "find-maker-order-item",
  async ({ maker_id, line_item_id }: FindMakerOrderItemInput, { container }) => {
    const item = await retrieveMakerOrderItem(container, maker_id, line_item_id)
    if (!item) throw new MedusaError(MedusaError.Types.NOT_FOUND, ORDER_ITEM_NOT_FOUND_MESSAGE)
    return new StepResponse<MakerOrderItem>(item)
  }
)
