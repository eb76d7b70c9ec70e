import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_NOT_FOUND_MESSAGE } from "../../modules/maker/product-rules"
import { loadMakerProducts, loadProductOfMaker, type MakerProductRecord } from "../utils/maker-products"

/**
 * The product as it is now. With maker_id, only if it is hers: another maker's product is "not found", exactly
 * like a product that does not exist.
 */
export const retrieveMakerProductStep = createStep(
  "retrieve-maker-product",
  async (input: { product_id: string; maker_id?: string }, { container }) => {
    if (input.maker_id) return new StepResponse(await loadProductOfMaker(container, input.maker_id, input.product_id))
    const [record] = await loadMakerProducts(container, [input.product_id])
    if (!record) throw new MedusaError(MedusaError.Types.NOT_FOUND, PRODUCT_NOT_FOUND_MESSAGE)
    return new StepResponse(record as MakerProductRecord)
  }
)
