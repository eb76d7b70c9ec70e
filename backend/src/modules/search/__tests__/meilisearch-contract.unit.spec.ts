// Contract tests of the Meilisearch provider against a local recording HTTP server that answers like
// Meilisearch: the exact requests the official client sends (paths, methods, bodies) for settings, documents,
// deletions, a reindex and searches — and that no maker's private field or hidden name is ever in a document.
import http from "node:http"
import type { AddressInfo } from "node:net"
import {
  meilisearchSettings,
  SEARCH_DOCUMENT_FIELDS,
  toSearchDocument,
  type SearchProductInput,
} from "@rumah-karya/search"
import { PRIVATE_FIELDS } from "../../maker/types"
import {
  filterString,
  MeilisearchSearchProvider,
  MeilisearchTaskError,
} from "../providers/meilisearch"
import type { SearchDocument } from "../types"

interface Recorded {
  method: string
  path: string
  query: Record<string, string>
  authorization: string | undefined
  body: unknown
}

const FACET_SEP = "\u001f"
const API_KEY = "test-master-key"

/** A Meilisearch stand-in: records every request, enqueues tasks, answers task polls and searches. */
class RecordingMeili {
  requests: Recorded[] = []
  /** Task failures by request "METHOD path" (without query). */
  failures = new Map<string, { code: string; message: string }>()
  /** When set, searches answer 404 index_not_found (nothing indexed yet). */
  noIndex = false
  searchResponse: Record<string, unknown> = { hits: [], estimatedTotalHits: 0, limit: 20, offset: 0 }
  private tasks = new Map<number, { type: string; indexUid: string | null; error: { code: string; message: string } | null }>()
  private nextUid = 1
  private server = http.createServer((req, res) => this.handle(req, res))
  url = ""

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** Requests other than task polls. */
  get calls() {
    return this.requests.filter((r) => !r.path.startsWith("/tasks/"))
  }

  /** Every body sent, as one JSON string. */
  get allBodies() {
    return JSON.stringify(this.requests.map((r) => r.body))
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x")
      const raw = Buffer.concat(chunks).toString("utf8")
      const record: Recorded = {
        method: req.method ?? "",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization,
        body: raw === "" ? undefined : JSON.parse(raw),
      }
      this.requests.push(record)
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(body))
      }
      const task = /^\/tasks\/(\d+)$/.exec(url.pathname)
      if (task && req.method === "GET") {
        const uid = Number(task[1])
        const t = this.tasks.get(uid)
        if (!t) return send(404, { message: "task not found", code: "task_not_found" })
        return send(200, {
          uid,
          indexUid: t.indexUid,
          status: t.error ? "failed" : "succeeded",
          type: t.type,
          error: t.error,
          enqueuedAt: "2026-01-01T00:00:00Z",
          startedAt: "2026-01-01T00:00:00Z",
          finishedAt: "2026-01-01T00:00:01Z",
          duration: "PT1S",
          canceledBy: null,
          details: {},
        })
      }
      if (/^\/indexes\/[^/]+\/search$/.test(url.pathname) && req.method === "POST") {
        if (this.noIndex) return send(404, { message: "Index `products` not found.", code: "index_not_found", type: "invalid_request", link: "" })
        return send(200, { processingTimeMs: 1, query: (record.body as { q?: string })?.q ?? "", ...this.searchResponse })
      }
      const index = /^\/indexes\/([^/]+)/.exec(url.pathname)?.[1] ?? (url.pathname === "/indexes" ? (record.body as { uid: string }).uid : null)
      const uid = this.nextUid++
      this.tasks.set(uid, { type: `${req.method} ${url.pathname}`, indexUid: index, error: this.failures.get(`${req.method} ${url.pathname}`) ?? null })
      return send(202, { taskUid: uid, indexUid: index, status: "enqueued", type: `${req.method} ${url.pathname}`, enqueuedAt: "2026-01-01T00:00:00Z" })
    })
  }
}

const products: SearchProductInput[] = [
  {
    id: "prod_buket",
    handle: "buket-mawar-merah",
    title: "Buket Mawar Merah",
    title_en: "Red Rose Bouquet",
    description: "Buket bunga dari botol plastik daur ulang.",
    description_en: "A bouquet of roses made from recycled plastic bottles.",
    categories: [{ handle: "buket-bunga", name: "Buket Bunga" }],
    price_idr: 150000,
    price_usd: 9.5,
    in_stock: true,
    made_to_order: false,
    thumbnail: "/static/buket.webp",
    created_at: "2026-01-02T03:04:05Z",
  },
  {
    id: "prod_dinding",
    handle: "hiasan-dinding-bunga",
    title: "Hiasan Dinding Bunga",
    title_en: "Flower Wall Decor",
    categories: [{ handle: "hiasan-dinding", name: "Hiasan Dinding" }],
    price_idr: 275000,
    price_usd: 17,
    in_stock: false,
    made_to_order: true,
    created_at: "2026-02-01T00:00:00Z",
  },
]

/** Whole rows, as a careless caller might pass them: public fields AND private ones. */
const visibleMakerRow = {
  handle: "sari",
  display_name: "Sari",
  legal_name: "Siti Aminah Lubis",
  phone: "+62811111111",
  whatsapp: "+62822222222",
  address: "Jl. Melati 7, Medan",
  payout_method: "bank",
  bank_name: "Bank Rahasia",
  bank_account_number: "9876543210",
  bank_account_holder: "Siti Aminah Lubis",
  ewallet_provider: "dana",
  ewallet_number: "0833333333",
  staff_notes: "sensitive note",
}
const HIDDEN_MAKER_NAME = "Rina Hidden"

function documents(): SearchDocument[] {
  // The first maker is visible (her row passed whole); the second is hidden, so callers pass null.
  return [toSearchDocument(products[0]!, visibleMakerRow), toSearchDocument(products[1]!, null)]
}

const PRIVATE_VALUES = [
  "Siti Aminah Lubis",
  "+62811111111",
  "+62822222222",
  "Jl. Melati 7",
  "Bank Rahasia",
  "9876543210",
  "0833333333",
  "sensitive note",
  HIDDEN_MAKER_NAME,
]
const MEILI_DOCUMENT_FIELDS = [...SEARCH_DOCUMENT_FIELDS, "category_facets", "maker_facet"]

describe("Meilisearch provider contract (recording server)", () => {
  let meili: RecordingMeili
  let provider: MeilisearchSearchProvider

  beforeEach(async () => {
    meili = new RecordingMeili()
    await meili.start()
    provider = new MeilisearchSearchProvider({ host: meili.url, apiKey: API_KEY, taskTimeoutMs: 5_000 })
  })

  afterEach(async () => {
    await meili.stop()
  })

  it("upsert sends the exact settings once, then the public documents", async () => {
    const docs = documents()
    await provider.upsert(docs)
    await provider.upsert([docs[0]!])

    expect(meili.calls.map((r) => `${r.method} ${r.path}`)).toEqual([
      "PATCH /indexes/products/settings",
      "POST /indexes/products/documents",
      "POST /indexes/products/documents",
    ])
    for (const r of meili.requests) expect(r.authorization).toBe(`Bearer ${API_KEY}`)

    const [settings, add] = meili.calls
    expect(settings!.body).toEqual(meilisearchSettings())
    expect(settings!.body).toMatchObject({
      searchableAttributes: ["title", "title_en", "category_names", "maker_name", "description", "description_en"],
      filterableAttributes: ["category_handles", "maker_handle", "price_idr", "price_usd", "in_stock", "made_to_order", "category_facets", "maker_facet"],
      sortableAttributes: ["price_idr", "price_usd", "created_at"],
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    })
    const synonyms = (settings!.body as { synonyms: Record<string, string[]> }).synonyms
    expect(synonyms["buket"]).toEqual(expect.arrayContaining(["bouquet"]))
    expect(synonyms["hiasan dinding"]).toEqual(expect.arrayContaining(["wall decor"]))
    expect(synonyms["wall decor"]).toEqual(expect.arrayContaining(["hiasan dinding"]))

    expect(add!.query).toEqual({ primaryKey: "id" })
    expect(add!.body).toEqual([
      {
        id: "prod_buket",
        handle: "buket-mawar-merah",
        title: "Buket Mawar Merah",
        title_en: "Red Rose Bouquet",
        description: "Buket bunga dari botol plastik daur ulang.",
        description_en: "A bouquet of roses made from recycled plastic bottles.",
        category_handles: ["buket-bunga"],
        category_names: ["Buket Bunga"],
        maker_handle: "sari",
        maker_name: "Sari",
        price_idr: 150000,
        price_usd: 9.5,
        in_stock: true,
        made_to_order: false,
        thumbnail: "/static/buket.webp",
        created_at: "2026-01-02T03:04:05.000Z",
        category_facets: [`buket-bunga${FACET_SEP}Buket Bunga`],
        maker_facet: `sari${FACET_SEP}Sari`,
      },
      {
        id: "prod_dinding",
        handle: "hiasan-dinding-bunga",
        title: "Hiasan Dinding Bunga",
        title_en: "Flower Wall Decor",
        description: null,
        description_en: null,
        category_handles: ["hiasan-dinding"],
        category_names: ["Hiasan Dinding"],
        maker_handle: null,
        maker_name: null,
        price_idr: 275000,
        price_usd: 17,
        in_stock: false,
        made_to_order: true,
        thumbnail: null,
        created_at: "2026-02-01T00:00:00.000Z",
        category_facets: [`hiasan-dinding${FACET_SEP}Hiasan Dinding`],
        maker_facet: null,
      },
    ])
  })

  it("never sends a maker's private field, or a hidden maker's name, in any document", async () => {
    await provider.upsert(documents())
    await provider.reindex(documents())
    const sent = meili.requests.filter((r) => r.method === "POST" && r.path.endsWith("/documents"))
    expect(sent).toHaveLength(2)
    for (const request of sent) {
      for (const doc of request.body as Record<string, unknown>[]) {
        expect(Object.keys(doc).sort()).toEqual([...MEILI_DOCUMENT_FIELDS].sort())
        for (const field of [...PRIVATE_FIELDS, "payout_details", "bank_account", "ewallet"]) expect(doc).not.toHaveProperty(field)
      }
    }
    const bodies = meili.allBodies
    for (const field of PRIVATE_FIELDS) expect(bodies).not.toContain(`"${field}"`)
    expect(bodies).not.toMatch(/"(bank|ewallet|payout)_[a-z_]*"\s*:/)
    for (const value of PRIVATE_VALUES) expect(bodies).not.toContain(value)
  })

  it("remove deletes by id in one batch, and sends nothing for no ids", async () => {
    await provider.remove([])
    await provider.remove(["prod_buket", "prod_dinding"])
    expect(meili.calls.map((r) => [r.method, r.path, r.body])).toEqual([
      ["POST", "/indexes/products/documents/delete-batch", ["prod_buket", "prod_dinding"]],
    ])
    expect(meili.requests.some((r) => r.path.startsWith("/tasks/"))).toBe(true)
    // An index that was never created has nothing to remove.
    meili.failures.set("POST /indexes/products/documents/delete-batch", { code: "index_not_found", message: "no index" })
    await expect(provider.remove(["prod_buket"])).resolves.toBeUndefined()
  })

  it("reindex builds a staging index and swaps it in, waiting for every task", async () => {
    meili.failures.set("DELETE /indexes/products_reindex", { code: "index_not_found", message: "not found" })
    meili.failures.set("POST /indexes", { code: "index_already_exists", message: "exists" })
    await provider.reindex(documents())
    expect(meili.calls.map((r) => `${r.method} ${r.path}`)).toEqual([
      "DELETE /indexes/products_reindex",
      "PATCH /indexes/products_reindex/settings",
      "POST /indexes/products_reindex/documents",
      "POST /indexes",
      "POST /swap-indexes",
      "DELETE /indexes/products_reindex",
    ])
    const calls = meili.calls
    expect(calls[1]!.body).toEqual(meilisearchSettings())
    expect((calls[2]!.body as unknown[]).length).toBe(2)
    expect(calls[3]!.body).toEqual({ uid: "products", primaryKey: "id" })
    expect(calls[4]!.body).toEqual([{ indexes: ["products", "products_reindex"] }])
    // Every task was awaited: one poll per enqueued task.
    expect(meili.requests.filter((r) => r.path.startsWith("/tasks/"))).toHaveLength(6)

    // Settings are in place after a reindex: an upsert only adds documents.
    meili.requests = []
    await provider.upsert(documents())
    expect(meili.calls.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /indexes/products/documents"])
  })

  it("reindex of a large catalogue adds documents in batches", async () => {
    const small = new MeilisearchSearchProvider({ host: meili.url, apiKey: API_KEY, batchSize: 1 })
    await small.reindex(documents())
    const adds = meili.calls.filter((r) => r.path === "/indexes/products_reindex/documents")
    expect(adds.map((r) => (r.body as { id: string }[]).map((d) => d.id))).toEqual([["prod_buket"], ["prod_dinding"]])
  })

  it("throws when Meilisearch fails a task, and retries the settings next time", async () => {
    meili.failures.set("PATCH /indexes/products/settings", { code: "invalid_settings_ranking_rules", message: "bad rule" })
    await expect(provider.upsert(documents())).rejects.toBeInstanceOf(MeilisearchTaskError)
    await expect(provider.upsert(documents())).rejects.toThrow(/invalid_settings_ranking_rules bad rule/)
    expect(meili.calls.filter((r) => r.path === "/indexes/products/documents")).toHaveLength(0)
    meili.failures.clear()
    await provider.upsert(documents())
    expect(meili.calls.filter((r) => r.path === "/indexes/products/documents")).toHaveLength(1)
  })

  it("searches with filters as Meilisearch filter expressions, sort and facets, and maps the answer", async () => {
    const stored = {
      ...documents()[0]!,
      category_facets: [`buket-bunga${FACET_SEP}Buket Bunga`],
      maker_facet: `sari${FACET_SEP}Sari`,
    }
    meili.searchResponse = {
      hits: [stored],
      estimatedTotalHits: 7,
      limit: 12,
      offset: 24,
      facetDistribution: {
        category_facets: { [`buket-bunga${FACET_SEP}Buket Bunga`]: 5, [`hadiah${FACET_SEP}Hadiah`]: 2, [`bale-pengantin${FACET_SEP}Bale Pengantin`]: 5 },
        maker_facet: { [`sari${FACET_SEP}Sari`]: 7 },
        in_stock: { true: 6, false: 1 },
      },
      facetStats: { price_idr: { min: 90000, max: 300000 } },
    }
    const result = await provider.search({
      q: "  buket merah ",
      currency: "idr",
      category: "buket-bunga",
      maker: 'sa"ri\\',
      min_price: 100000,
      max_price: 250000,
      in_stock: true,
      sort: "price_asc",
      limit: 12,
      offset: 24,
    })

    expect(meili.calls).toHaveLength(1)
    const request = meili.calls[0]!
    expect(request.method).toBe("POST")
    expect(request.path).toBe("/indexes/products/search")
    expect(request.authorization).toBe(`Bearer ${API_KEY}`)
    expect(request.body).toEqual({
      q: "buket merah",
      limit: 12,
      offset: 24,
      facets: ["category_facets", "maker_facet", "in_stock", "price_idr"],
      filter: [
        'category_handles = "buket-bunga"',
        'maker_handle = "sa\\"ri\\\\"',
        "price_idr >= 100000",
        "price_idr <= 250000",
        "in_stock = true",
      ],
      sort: ["price_idr:asc"],
    })

    expect(result).toEqual({
      hits: [documents()[0]],
      count: 7,
      facets: {
        categories: [
          { handle: "bale-pengantin", name: "Bale Pengantin", count: 5 },
          { handle: "buket-bunga", name: "Buket Bunga", count: 5 },
          { handle: "hadiah", name: "Hadiah", count: 2 },
        ],
        makers: [{ handle: "sari", name: "Sari", count: 7 }],
        price: { min: 90000, max: 300000 },
        in_stock: 6,
      },
    })
    expect(Object.keys(result.hits[0]!)).toEqual([...SEARCH_DOCUMENT_FIELDS])
  })

  it("sends a plain relevance search without filter or sort, in the buyer's currency", async () => {
    meili.searchResponse = { hits: [], estimatedTotalHits: 0, limit: 20, offset: 0 }
    const result = await provider.search({ q: "", currency: "usd", limit: 20, offset: 0 })
    expect(meili.calls[0]!.body).toEqual({
      q: "",
      limit: 20,
      offset: 0,
      facets: ["category_facets", "maker_facet", "in_stock", "price_usd"],
    })
    expect(result).toEqual({ hits: [], count: 0, facets: { categories: [], makers: [], price: null, in_stock: 0 } })

    await provider.search({ q: "vas", currency: "usd", sort: "price_desc", limit: 5, offset: 0 })
    await provider.search({ q: "vas", currency: "usd", sort: "newest", limit: 5, offset: 0 })
    expect(meili.calls.slice(1).map((r) => (r.body as { sort?: string[] }).sort)).toEqual([["price_usd:desc"], ["created_at:desc"]])
  })

  it("suggests titles and handles from a small search, and nothing for an empty query", async () => {
    expect(await provider.suggest("  -- ", 5)).toEqual([])
    expect(meili.calls).toHaveLength(0)
    meili.searchResponse = {
      hits: [{ title: "Buket Mawar Merah", handle: "buket-mawar-merah" }],
      estimatedTotalHits: 1,
      limit: 5,
      offset: 0,
    }
    expect(await provider.suggest("buk", 5)).toEqual([{ title: "Buket Mawar Merah", handle: "buket-mawar-merah" }])
    expect(meili.calls[0]!.path).toBe("/indexes/products/search")
    expect(meili.calls[0]!.body).toEqual({
      q: "buk",
      limit: 5,
      attributesToRetrieve: ["title", "handle"],
      attributesToSearchOn: ["title", "title_en", "category_names", "maker_name"],
    })
  })

  it("answers empty while the index does not exist, and throws other errors", async () => {
    meili.noIndex = true
    expect(await provider.search({ q: "buket", currency: "idr", limit: 1, offset: 0 })).toEqual({
      hits: [],
      count: 0,
      facets: { categories: [], makers: [], price: null, in_stock: 0 },
    })
    expect(await provider.suggest("buket", 5)).toEqual([])
    const unreachable = new MeilisearchSearchProvider({ host: "http://127.0.0.1:1" })
    await expect(unreachable.search({ q: "x", currency: "idr", limit: 1, offset: 0 })).rejects.toThrow()
  })

  it("uses a configured index name, and needs a host", async () => {
    const other = new MeilisearchSearchProvider({ host: meili.url, index: "products_test" })
    await other.remove(["x"])
    expect(meili.calls[0]!.path).toBe("/indexes/products_test/documents/delete-batch")
    expect(meili.calls[0]!.authorization).toBeUndefined()
    expect(() => new MeilisearchSearchProvider({ host: "" })).toThrow(/MEILISEARCH_HOST/)
  })
})

describe("filterString", () => {
  it("quotes and escapes values", () => {
    expect(filterString("buket-bunga")).toBe('"buket-bunga"')
    expect(filterString('a"b\\c')).toBe('"a\\"b\\\\c"')
  })
})
