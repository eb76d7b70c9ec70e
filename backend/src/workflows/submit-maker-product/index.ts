import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCT_META } from "../../modules/maker/product-rules"
import { linkProductToMakerStep } from "../steps/link-product-to-maker"
import { recordProductReviewStep } from "../steps/record-product-review"
import { resolveMakerProductInputStep } from "../steps/resolve-maker-product-input"
import { setProductStockStep } from "../steps/set-product-stock"
import { productHandle } from "../utils/product-handle"

export interface SubmitMakerProductWorkflowInput {
  maker_id: string
  title: string
  description?: string | null
  category: string
  price_idr: number
  made_to_order: boolean
  stock?: number
  lead_time_days?: number
  upload_ids: string[]
}

/** Medusa's default option, as the admin dashboard gives a product without options. */
const DEFAULT_OPTION = { title: "Default option", value: "Default option value" }

/**
 * A maker submits a new product: it is created in review (Medusa status proposed, off the shop), with one
 * variant priced in IDR, her photos, its stock at the store's location, in the default sales channel and
 * shipping profile; it is hers (not the Collective's); and the submission is recorded. Any failure undoes it all.
 */
export const submitMakerProductWorkflow = createWorkflow(
  "submit-maker-product",
  (input: SubmitMakerProductWorkflowInput) => {
    const resolveInput = transform({ input }, ({ input }) => ({
      maker_id: input.maker_id,
      category: input.category,
      upload_ids: input.upload_ids,
      with_setup: true,
    }))
    const resolved = resolveMakerProductInputStep(resolveInput)

    const products = transform({ input, resolved }, ({ input, resolved }) => [
      {
        title: input.title,
        handle: productHandle(input.title),
        description: input.description ?? null,
        status: "proposed" as const,
        category_ids: [resolved.category_id!],
        shipping_profile_id: resolved.shipping_profile_id!,
        thumbnail: resolved.thumbnail!,
        images: resolved.images!,
        metadata: input.lead_time_days === undefined ? {} : { [PRODUCT_META.leadTimeDays]: input.lead_time_days },
        options: [{ title: DEFAULT_OPTION.title, values: [DEFAULT_OPTION.value] }],
        variants: [
          {
            title: input.title,
            manage_inventory: true,
            allow_backorder: input.made_to_order,
            options: { [DEFAULT_OPTION.title]: DEFAULT_OPTION.value },
            prices: [{ currency_code: "idr", amount: input.price_idr }],
          },
        ],
        sales_channels: [{ id: resolved.sales_channel_id! }],
      },
    ])
    const created = createProductsWorkflow.runAsStep({ input: { products } })
    const productId = transform({ created }, ({ created }) => created[0]!.id)

    const linkInput = transform({ productId, input }, ({ productId, input }) => ({ product_id: productId, maker_id: input.maker_id }))
    linkProductToMakerStep(linkInput)

    const stockInput = transform({ productId, input }, ({ productId, input }) => ({ product_id: productId, quantity: input.stock ?? 0 }))
    setProductStockStep(stockInput)

    const review = transform({ productId, input }, ({ productId, input }) => ({
      product_id: productId,
      maker_id: input.maker_id,
      decision: "submitted" as const,
      note: null,
      actor_id: input.maker_id,
    }))
    recordProductReviewStep(review)

    return new WorkflowResponse({ id: productId })
  }
)
