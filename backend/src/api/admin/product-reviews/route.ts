import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import { idrPerUsd, usdFromIdr } from "../../../modules/maker/product-rules"
import { loadMakerProducts } from "../../../workflows/utils/maker-products"
import type { AdminListProductReviewsQueryType } from "./validators"

/**
 * The review queue: products in review (Medusa status proposed), oldest submission first, each with its maker's
 * public identity (id, display name, handle; never her private data).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListProductReviewsQueryType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminListProductReviewsQueryType
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product", fields: ["id"], filters: { status: ProductStatus.PROPOSED } })
  const records = await loadMakerProducts(req.scope, data.map((p: { id: string }) => p.id))

  const makerIds = [...new Set(records.map((r) => r.maker_id).filter((id): id is string => !!id))]
  const makers = makerIds.length
    ? await req.scope
        .resolve<MakerModuleService>(MAKER_MODULE)
        .listMakers({ id: makerIds }, { select: ["id", "display_name", "handle"] })
    : []
  const makerById = new Map(makers.map((m) => [m.id, { id: m.id, display_name: m.display_name, handle: m.handle }]))

  const reviews = records
    .map((record) => ({
      product: {
        id: record.id,
        title: record.title,
        description: record.description,
        thumbnail: record.thumbnail,
        images: record.images.map(({ id, url }) => ({ id, url })),
        category: record.category?.handle ?? null,
        price_idr: record.variant?.price_idr ?? null,
        price_usd: record.variant?.price_usd ?? null,
        /** What approving without a price would set (IDR_PER_USD, rounded up), to prefill the staff form. */
        suggested_price_usd: record.variant?.price_idr ? usdFromIdr(record.variant.price_idr, idrPerUsd()) : null,
        made_to_order: record.made_to_order,
        lead_time_days: record.lead_time_days,
        stock: record.stock,
      },
      maker: record.maker_id ? makerById.get(record.maker_id) ?? null : null,
      submitted_at:
        record.latest_review?.decision === "submitted" ? new Date(record.latest_review.created_at).toISOString() : record.updated_at,
    }))
    .sort((a, b) => a.submitted_at.localeCompare(b.submitted_at) || a.product.id.localeCompare(b.product.id))
  res.json({ reviews: reviews.slice(offset, offset + limit), count: reviews.length, limit, offset })
}
