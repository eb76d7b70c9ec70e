// The Meilisearch provider (for a large catalogue): the same SearchProvider as the PostgreSQL default, over the
// "products" index. Settings (searchable/filterable/sortable attributes, the shop's synonyms, typo tolerance,
// ranking) come from @rumah-karya/search's meilisearchSettings(); documents are SearchDocuments (public fields
// only) plus two paired facet fields (category_facets, maker_facet). docs/search.md#meilisearch.
//
// The official client (meilisearch 0.62) is an ES module only. This backend compiles to CommonJS, so it is
// loaded with a dynamic import() on first use, which works on every Node 20; its types are imported with
// resolution-mode "import".
import {
  fromMeilisearchDocument,
  MEILISEARCH_INDEX,
  meilisearchSettings,
  normalise,
  parseFacetValue,
  toMeilisearchDocument,
  type MeilisearchDocument,
} from "@rumah-karya/search"
import type {
  EnqueuedTaskPromise,
  IndexSwap,
  Meilisearch,
  SearchParams,
  Settings,
  Task,
} from "meilisearch" with { "resolution-mode": "import" }
import type { FacetCount, SearchDocument, SearchProvider, SearchQuery, SearchResult, Suggestion } from "../types"

export interface MeilisearchProviderOptions {
  /** MEILISEARCH_HOST, e.g. http://127.0.0.1:7700 */
  host: string
  /** MEILISEARCH_API_KEY: a key allowed to search, add/delete documents and manage the index and its settings. */
  apiKey?: string
  /** Index uid; "products" unless set. */
  index?: string
  /** How long to wait for one indexing task (ms); reindex waits up to 10× this. Default 30 s. */
  taskTimeoutMs?: number
  /** Documents per request when adding. Default 1000. */
  batchSize?: number
}

/** A Meilisearch task that did not succeed; the message carries Meilisearch's code and message, no document. */
export class MeilisearchTaskError extends Error {
  constructor(
    readonly task: Pick<Task, "uid" | "type" | "status"> & { error?: { code?: string; message?: string } | null }
  ) {
    super(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}` +
        (task.error ? `: ${task.error.code ?? ""} ${task.error.message ?? ""}`.trimEnd() : "")
    )
    this.name = "MeilisearchTaskError"
  }
}

/** A string value in a Meilisearch filter expression: double-quoted, backslashes and quotes escaped. */
export function filterString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** The filter expressions of a query, ANDed (Meilisearch's array form). */
export function meilisearchFilter(query: SearchQuery): string[] {
  const price = `price_${query.currency}`
  const filter: string[] = []
  if (query.category) filter.push(`category_handles = ${filterString(query.category)}`)
  if (query.maker) filter.push(`maker_handle = ${filterString(query.maker)}`)
  if (typeof query.min_price === "number" && Number.isFinite(query.min_price)) filter.push(`${price} >= ${query.min_price}`)
  if (typeof query.max_price === "number" && Number.isFinite(query.max_price)) filter.push(`${price} <= ${query.max_price}`)
  if (query.in_stock === true) filter.push("in_stock = true")
  return filter
}

/** The sort of a query; relevance is Meilisearch's own ranking (no sort). */
export function meilisearchSort(query: SearchQuery): string[] | undefined {
  const price = `price_${query.currency}`
  switch (query.sort) {
    case "price_asc":
      return [`${price}:asc`]
    case "price_desc":
      return [`${price}:desc`]
    case "newest":
      return ["created_at:desc"]
    default:
      return undefined
  }
}

/** Meilisearch's answer when the index does not exist yet (nothing indexed): searched as empty. */
function isIndexNotFound(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  return typeof cause === "object" && cause !== null && cause.code === "index_not_found"
}

const EMPTY_RESULT: SearchResult = { hits: [], count: 0, facets: { categories: [], makers: [], price: null, in_stock: 0 } }

const byCountThenName = (a: FacetCount, b: FacetCount) => b.count - a.count || a.name.localeCompare(b.name)

function facetCounts(distribution: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ ...parseFacetValue(value), count }))
    .sort(byCountThenName)
}

export class MeilisearchSearchProvider implements SearchProvider {
  readonly indexUid: string
  protected readonly options_: MeilisearchProviderOptions
  protected client_: Promise<Meilisearch> | null = null
  protected settingsApplied_: Promise<void> | null = null

  constructor(options: MeilisearchProviderOptions) {
    if (!options?.host) throw new Error("The Meilisearch provider needs a host (MEILISEARCH_HOST)")
    this.options_ = options
    this.indexUid = options.index || MEILISEARCH_INDEX
  }

  protected get taskTimeout_() {
    return this.options_.taskTimeoutMs ?? 30_000
  }

  protected client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.apiKey })
    )
    return this.client_
  }

  /** Waits for a task and throws if it did not succeed (the client resolves failed tasks too). */
  protected async settle(task: EnqueuedTaskPromise, timeout = this.taskTimeout_, allow: string[] = []): Promise<Task> {
    const done = await task.waitTask({ timeout, interval: 50 })
    if (done.status !== "succeeded" && !(done.error?.code && allow.includes(done.error.code))) {
      throw new MeilisearchTaskError(done)
    }
    return done
  }

  /** Sends the index settings once per process (creating the index if it does not exist). */
  protected ensureSettings(): Promise<void> {
    this.settingsApplied_ ??= this.applySettings(this.indexUid).catch((error) => {
      this.settingsApplied_ = null
      throw error
    })
    return this.settingsApplied_
  }

  protected async applySettings(uid: string): Promise<void> {
    const client = await this.client()
    await this.settle(client.index(uid).updateSettings(meilisearchSettings() as Settings))
  }

  protected async addAll(uid: string, docs: SearchDocument[], timeout: number): Promise<void> {
    const client = await this.client()
    const index = client.index<MeilisearchDocument>(uid)
    const size = Math.max(1, this.options_.batchSize ?? 1000)
    for (let i = 0; i < docs.length; i += size) {
      const batch = docs.slice(i, i + size).map(toMeilisearchDocument)
      await this.settle(index.addDocuments(batch, { primaryKey: "id" }), timeout)
    }
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return
    await this.ensureSettings()
    await this.addAll(this.indexUid, docs, this.taskTimeout_)
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    const client = await this.client()
    // Nothing to remove from an index that was never created.
    await this.settle(client.index(this.indexUid).deleteDocuments(ids), this.taskTimeout_, ["index_not_found"])
  }

  /**
   * Replaces the whole index without a moment of empty results: builds "<index>_reindex" (settings, then all
   * documents), swaps it with the live index, and deletes the old one.
   */
  async reindex(docs: SearchDocument[]): Promise<void> {
    const client = await this.client()
    const timeout = this.taskTimeout_ * 10
    const staging = `${this.indexUid}_reindex`
    await this.settle(client.deleteIndex(staging), timeout, ["index_not_found"])
    await this.applySettings(staging)
    await this.addAll(staging, docs, timeout)
    await this.settle(client.createIndex(this.indexUid, { primaryKey: "id" }), timeout, ["index_already_exists"])
    // No "rename" field: Meilisearch before 1.18 rejects it, and a plain swap is what is meant.
    await this.settle(client.swapIndexes([{ indexes: [this.indexUid, staging] } as IndexSwap]), timeout)
    await this.settle(client.deleteIndex(staging), timeout, ["index_not_found"])
    this.settingsApplied_ = Promise.resolve()
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const client = await this.client()
    const price = `price_${query.currency}`
    const filter = meilisearchFilter(query)
    const sort = meilisearchSort(query)
    const params: SearchParams = {
      limit: query.limit,
      offset: query.offset,
      facets: ["category_facets", "maker_facet", "in_stock", price],
      ...(filter.length > 0 ? { filter } : {}),
      ...(sort ? { sort } : {}),
    }
    const response = await client
      .index<MeilisearchDocument>(this.indexUid)
      .search(query.q.trim(), params)
      .catch((error: unknown) => {
        if (isIndexNotFound(error)) return null
        throw error
      })
    if (!response) return structuredClone(EMPTY_RESULT)
    const stats = response.facetStats?.[price]
    return {
      hits: response.hits.map((hit) => fromMeilisearchDocument(hit)),
      count: response.estimatedTotalHits ?? response.hits.length,
      facets: {
        categories: facetCounts(response.facetDistribution?.category_facets),
        makers: facetCounts(response.facetDistribution?.maker_facet),
        price: stats ? { min: stats.min, max: stats.max } : null,
        in_stock: response.facetDistribution?.in_stock?.["true"] ?? 0,
      },
    }
  }

  async suggest(q: string, limit: number): Promise<Suggestion[]> {
    if (normalise(q) === "") return []
    const client = await this.client()
    const response = await client
      .index<MeilisearchDocument>(this.indexUid)
      .search(q.trim(), {
        limit,
        attributesToRetrieve: ["title", "handle"],
        attributesToSearchOn: ["title", "title_en", "category_names", "maker_name"],
      })
      .catch((error: unknown) => {
        if (isIndexNotFound(error)) return null
        throw error
      })
    if (!response) return []
    return response.hits.map((hit) => ({ title: String(hit.title), handle: String(hit.handle) }))
  }
}

export default MeilisearchSearchProvider
