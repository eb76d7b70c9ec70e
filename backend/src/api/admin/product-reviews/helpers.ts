import type { MedusaContainer } from "@medusajs/framework/types"
import { loadMakerProducts } from "../../../workflows/utils/maker-products"

/** The answer to a decision: the product's new Medusa status and prices, and the decision recorded. */
export async function reviewResult(scope: Pick<MedusaContainer, "resolve">, productId: string) {
  const [record] = await loadMakerProducts(scope, [productId])
  return {
    product: {
      id: record!.id,
      status: record!.status,
      price_idr: record!.variant?.price_idr ?? null,
      price_usd: record!.variant?.price_usd ?? null,
    },
    review: record!.latest_review
      ? {
          decision: record!.latest_review.decision,
          note: record!.latest_review.note,
          actor_id: record!.latest_review.actor_id,
          created_at: new Date(record!.latest_review.created_at).toISOString(),
        }
      : null,
  }
}
