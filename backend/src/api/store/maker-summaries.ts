import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { FALLBACK_COLLECTIVE_SUMMARY } from "../../modules/maker/public-view"
import type { PublicMakerSummary } from "../../modules/maker/types"
import { makerIdByProduct } from "../../workflows/utils/product-makers"

type ProductLike = Record<string, unknown> & { id?: unknown }

function productsIn(body: unknown): ProductLike[] {
  if (!body || typeof body !== "object") return []
  const { products, product } = body as { products?: unknown; product?: unknown }
  const list = Array.isArray(products) ? products : product && typeof product === "object" ? [product] : []
  return list.filter((p): p is ProductLike => !!p && typeof p === "object")
}

/** The summary each product shows: her maker's public summary, or the Collective's (hidden, unnamed, none). */
async function summariesFor(req: MedusaRequest, products: ProductLike[]): Promise<Map<string, PublicMakerSummary>> {
  const productIds = products.map((p) => p.id).filter((id): id is string => typeof id === "string")
  const makerOf = await makerIdByProduct(req.scope, productIds)
  const { byMaker, collective } = await req.scope
    .resolve<MakerModuleService>(MAKER_MODULE)
    .listPublicSummaries([...makerOf.values()])
  return new Map(productIds.map((id) => [id, byMaker.get(makerOf.get(id) ?? "") ?? collective]))
}

/**
 * On GET /store/products and /store/products/:id: puts `maker: PublicMakerSummary` on every product of the
 * response, replacing whatever a `maker` key held. The link's own fields stay out of store queries (Medusa
 * drops fields its store query config does not allow, and nothing here allows them), so this is the only
 * way maker data reaches a product response, and it goes through the public view.
 */
export function attachMakerSummaries(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  let wrapped = false
  res.json = ((body: unknown) => {
    const products = productsIn(body)
    if (wrapped || res.statusCode >= 400 || !products.length) return json(body)
    wrapped = true
    summariesFor(req, products)
      .catch((error: unknown) => {
        // A product must never name a maker the public may not see: when in doubt, the Collective.
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`Maker summaries could not be loaded (${(error as Error)?.name ?? "error"}); products shown under the Collective`)
        return new Map<string, PublicMakerSummary>()
      })
      .then((summaries) => {
        for (const product of products) {
          product.maker = { ...(summaries.get(product.id as string) ?? FALLBACK_COLLECTIVE_SUMMARY) }
        }
        json(body)
      })
      .catch(next)
    return res
  }) as MedusaResponse["json"]
  next()
}
