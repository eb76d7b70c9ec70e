import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaService } from "@medusajs/framework/utils"
import SearchDocument from "./models/search-document"
import SearchWord from "./models/search-word"
import { PostgresSearchProvider } from "./providers/postgres"
import type { SearchDocument as SearchDoc, SearchProvider, SearchQuery, SearchResult, Suggestion } from "./types"

type InjectedDependencies = { manager: EntityManager; logger?: { info(msg: string): void } }

export interface SearchModuleOptions {
  /** "postgres" (default) or "meilisearch" (when MEILISEARCH_HOST is set). */
  provider?: "postgres" | "meilisearch"
  meilisearch?: { host: string; apiKey?: string; index?: string }
}

/**
 * The search module: one interface (types.ts SearchProvider), two providers. PostgreSQL full-text + trigram
 * over the `search_document` table is the default; Meilisearch (providers/meilisearch.ts) when configured.
 * Documents hold public fields only; they are built by src/workflows/utils/search-documents.ts.
 */
class SearchModuleService extends MedusaService({ SearchDocument, SearchWord }) implements SearchProvider {
  protected readonly provider_: SearchProvider

  constructor(container: InjectedDependencies, options: SearchModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    if (options.provider === "meilisearch" && options.meilisearch?.host) {
      // Loaded only when configured, so the default stack never needs the client.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { MeilisearchSearchProvider } = require("./providers/meilisearch")
      this.provider_ = new MeilisearchSearchProvider(options.meilisearch) as SearchProvider
    } else {
      this.provider_ = new PostgresSearchProvider(() => container.manager)
    }
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return this.provider_.search(query)
  }

  suggest(q: string, limit: number): Promise<Suggestion[]> {
    return this.provider_.suggest(q, limit)
  }

  upsert(docs: SearchDoc[]): Promise<void> {
    return this.provider_.upsert(docs)
  }

  remove(ids: string[]): Promise<void> {
    return this.provider_.remove(ids)
  }

  reindex(docs: SearchDoc[]): Promise<void> {
    return this.provider_.reindex(docs)
  }
}

export default SearchModuleService
