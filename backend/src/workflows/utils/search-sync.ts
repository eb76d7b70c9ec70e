import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE, type SearchModuleService } from "../../modules/search"
import { clearSearchCache } from "./search-cache"
import { buildSearchDocuments } from "./search-documents"

type Scope = Pick<MedusaContainer, "resolve">

/**
 * Rebuilds the search documents of the given products from their current public data: published products
 * are upserted, the others (deleted, unpublished) removed. The index is derived data: nothing to compensate,
 * a later sync or `medusa exec ./src/scripts/reindex-search.ts` repairs it.
 */
export async function syncSearchDocuments(scope: Scope, productIds: string[]): Promise<void> {
  const ids = [...new Set(productIds.filter((id) => typeof id === "string" && id))]
  if (!ids.length) return
  const search = scope.resolve<SearchModuleService>(SEARCH_MODULE)
  const { documents, removed } = await buildSearchDocuments(scope, ids)
  await search.upsert(documents)
  await search.remove(removed)
  await clearSearchCache(scope)
}

/** Rebuilds the whole index from the catalogue. Returns the number of documents indexed. */
export async function reindexSearch(scope: Scope): Promise<number> {
  const { documents } = await buildSearchDocuments(scope)
  await scope.resolve<SearchModuleService>(SEARCH_MODULE).reindex(documents)
  await clearSearchCache(scope)
  return documents.length
}

/** The products of the given variants. */
export async function productIdsOfVariants(scope: Scope, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) return []
  const { data } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { id: variantIds } })
  return (data as { product_id?: string | null }[]).map((v) => v.product_id).filter((id): id is string => !!id)
}
