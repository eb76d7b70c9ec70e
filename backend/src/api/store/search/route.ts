import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { SEARCH_MODULE, type SearchModuleService } from "../../../modules/search"
import { cachedSearch } from "../../../workflows/utils/search-cache"
import type { SearchDocument } from "../../../modules/search/types"
import type { StoreSearchQueryType } from "./validators"

/** The public shape of one hit: explicit fields of the (already public) search document. */
function toHit(doc: SearchDocument, currency: "idr" | "usd") {
  return {
    id: doc.id,
    handle: doc.handle,
    title: doc.title,
    title_en: doc.title_en,
    thumbnail: doc.thumbnail,
    price: currency === "usd" ? doc.price_usd : doc.price_idr,
    currency,
    maker: doc.maker_handle && doc.maker_name ? { handle: doc.maker_handle, name: doc.maker_name } : null,
    in_stock: doc.in_stock,
    made_to_order: doc.made_to_order,
  }
}

/** Searches the published catalogue: hits, count and facets (docs/search.md). */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchQueryType>, res: MedusaResponse) => {
  const query = req.validatedQuery as StoreSearchQueryType
  const result = await cachedSearch(req.scope, "search", query, () =>
    req.scope.resolve<SearchModuleService>(SEARCH_MODULE).search(query)
  )
  res.json({
    hits: result.hits.map((doc) => toHit(doc, query.currency)),
    count: result.count,
    limit: query.limit,
    offset: query.offset,
    facets: result.facets,
  })
}
