import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { SEARCH_MODULE, type SearchModuleService } from "../../../../modules/search"
import { cachedSearch } from "../../../../workflows/utils/search-cache"
import type { StoreSearchSuggestionsQueryType } from "../validators"

/** Product titles for the search box as the buyer types. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreSearchSuggestionsQueryType>, res: MedusaResponse) => {
  const { q, limit } = req.validatedQuery as StoreSearchSuggestionsQueryType
  const suggestions = await cachedSearch(req.scope, "suggest", { q, limit }, () =>
    req.scope.resolve<SearchModuleService>(SEARCH_MODULE).suggest(q, limit)
  )
  res.json({ suggestions: suggestions.map(({ title, handle }) => ({ title, handle })) })
}
