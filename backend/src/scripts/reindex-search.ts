import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEARCH_MODULE, type SearchModuleService } from "../modules/search"
import { reindexSearch } from "../workflows/utils/search-sync"

/**
 * Rebuilds the search index from the catalogue's public data: `npx medusa exec ./src/scripts/reindex-search.ts`.
 * With the argument `if-empty` (the Medusa CLI takes no unknown --flags) it does nothing when the index already holds documents (run after the seed by start).
 */
export default async function reindexSearchScript({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if ((args ?? []).some((arg) => arg === "if-empty" || arg === "--if-empty")) {
    const { count } = await container
      .resolve<SearchModuleService>(SEARCH_MODULE)
      .search({ q: "", currency: "idr", limit: 1, offset: 0 })
    if (count > 0) {
      logger.info(`Search index holds ${count} documents: not rebuilt`)
      return
    }
  }
  const indexed = await reindexSearch(container)
  logger.info(`Search index rebuilt: ${indexed} products`)
}
