import { model } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_DECISIONS } from "../types"

/**
 * One step in the review of a maker's product: she submitted it (or resubmitted it after a change), staff
 * approved it or returned it with a note. Append-only: nothing is edited or deleted, and the product's latest
 * row (by created_at) says whether it was approved and unchanged since, and which note she sees.
 * actor_id is the maker's id for submissions, the staff user's id for decisions.
 */
const ProductReview = model
  .define("product_review", {
    id: model.id({ prefix: "prdrev" }).primaryKey(),
    product_id: model.text(),
    maker_id: model.text(),
    decision: model.enum([...PRODUCT_REVIEW_DECISIONS]),
    note: model.text().nullable(),
    actor_id: model.text(),
  })
  .indexes([{ on: ["product_id", "created_at"] }, { on: ["maker_id"] }])

export default ProductReview
