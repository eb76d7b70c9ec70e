import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { expandQuery, normalise, tokens } from "@rumah-karya/search"
import type {
  FacetCount,
  SearchDocument,
  SearchProvider,
  SearchQuery,
  SearchResult,
  Suggestion,
} from "../types"

// The default search provider: PostgreSQL full-text search over `search_document` (migration of this module).
// Text is normalised in JavaScript (packages/search `normalise`: lowercase, diacritics stripped), so the
// `simple` configuration needs neither stemming nor unaccent. A query is expanded with the shared synonym
// groups; each query word unknown to the index's vocabulary (`search_word`) also matches its nearest words
// by trigram similarity (pg_trgm), so "bukett" finds "buket". Ranking: ts_rank over weighted fields
// (titles A, categories and maker B, descriptions C, colours D) plus a boost for the query in the title.

type Bindings = Record<string, unknown>
type Knex = ReturnType<EntityManager["getKnex"]>

/** The advisory lock key of index writes (any constant shared by all writers). */
const WRITE_LOCK = 727_001

/** Weighted text of a document: what each tsvector weight is built from. */
export function weightedText(doc: IndexedDocument) {
  return {
    a: normalise([doc.title, doc.title_en].filter(Boolean).join(" ")),
    b: normalise(
      [...doc.category_names, doc.category_names_en, ...doc.category_handles, doc.maker_name, doc.maker_handle].filter(Boolean).join(" ")
    ),
    c: normalise([doc.description, doc.description_en].filter(Boolean).join(" ")),
    d: normalise(doc.extra_text ?? ""),
  }
}

/**
 * A document with extra public words the Postgres index also searches but never returns: English category
 * names (weight B) and colour and size names (weight D). Kept in `extra_text`.
 */
export type IndexedDocument = SearchDocument & { extra_text?: string | null; category_names_en?: string | null }

const SIMILAR_WORDS = 3
const MIN_TYPO_LENGTH = 3
/** Trigram similarity a vocabulary word needs to stand in for a query word ("mawr" → "mawar" is 0.375). */
const MIN_SIMILARITY = 0.35

/** One alternative of a group as tsquery text: a word, or a phrase as words that follow each other. */
function tsTerm(alternative: string, prefix: boolean): string {
  const words = tokens(alternative)
  if (!words.length) return ""
  if (words.length === 1) return prefix ? `${words[0]}:*` : words[0]!
  return `(${words.join(" <-> ")}${prefix ? ":*" : ""})`
}

export class PostgresSearchProvider implements SearchProvider {
  private trigram_: Promise<boolean> | null = null

  constructor(private readonly manager_: () => EntityManager) {}

  private knex() {
    return this.manager_().getKnex()
  }

  private async rows<T = Record<string, unknown>>(sql: string, bindings: Bindings = {}): Promise<T[]> {
    const result = await this.knex().raw(sql, bindings as never)
    return (result?.rows ?? []) as T[]
  }

  /** Whether pg_trgm is installed (checked once). */
  private hasTrigram(): Promise<boolean> {
    this.trigram_ ??= this.rows<{ ok: boolean }>(`select exists (select 1 from pg_extension where extname = 'pg_trgm') as ok`)
      .then(([row]) => row?.ok === true)
      .catch(() => false)
    return this.trigram_
  }

  /**
   * Per query word unknown to the vocabulary, its nearest known words (typos), in one round trip. Known: a word
   * of the vocabulary, or (the last word, still being typed) the start of one.
   */
  private async typoAlternatives(words: string[], prefixes: string[]): Promise<Map<string, string[]>> {
    const candidates = [...new Set(words.filter((w) => w.length >= MIN_TYPO_LENGTH))]
    const result = new Map<string, string[]>()
    if (!candidates.length) return result
    const nearest = (await this.hasTrigram())
      ? `select id from search_word where id % q.word and similarity(id, q.word) >= ${MIN_SIMILARITY}
         order by similarity(id, q.word) desc, id limit ${SIMILAR_WORDS}`
      : `select id from search_word where id like left(q.word, greatest(${MIN_TYPO_LENGTH}, length(q.word) - 2)) || '%'
         order by length(id), id limit ${SIMILAR_WORDS}`
    const rows = await this.rows<{ word: string; similar: string[] }>(
      `select q.word, array(${nearest}) as similar
       from unnest(cast(:words as text[])) as q(word)
       where not exists (select 1 from search_word w where w.id = q.word)
         and not (q.word = any(cast(:prefixes as text[])) and exists (select 1 from search_word w where w.id like q.word || '%'))`,
      { words: candidates, prefixes: prefixes.filter((p) => candidates.includes(p)) }
    )
    for (const row of rows) if (row.similar?.length) result.set(row.word, row.similar)
    return result
  }

  /**
   * The tsquery text of a query (null when it has no words): per group of equivalents an OR of them and of the
   * typo alternatives of their words; groups joined by AND (strict) or OR (relaxed). The last group also
   * matches by prefix, for queries typed as you go.
   */
  async tsQuery(q: string): Promise<{ strict: string; relaxed: string } | null> {
    const groups = expandQuery(q)
    if (!groups.length) return null
    const lastWords = groups[groups.length - 1]!.map((alt) => tokens(alt)).filter((w) => w.length === 1).map((w) => w[0]!)
    const typos = await this.typoAlternatives(groups.flatMap((group) => group.flatMap((alt) => tokens(alt))), lastWords)
    const parts = groups.map((group, index) => {
      const last = index === groups.length - 1
      const terms = new Set<string>()
      for (const alternative of group) {
        const term = tsTerm(alternative, false)
        if (term) terms.add(term)
        const words = tokens(alternative)
        if (last && words.length === 1 && words[0]!.length >= MIN_TYPO_LENGTH) terms.add(tsTerm(alternative, true))
        // A phrase whose words have typos: the phrase of their nearest words ("hiasn dinding" → "hiasan dinding").
        if (words.some((w) => typos.has(w))) {
          const variants = words.map((w) => typos.get(w) ?? [w])
          for (const combo of variants.reduce<string[][]>((acc, options) => acc.flatMap((a) => options.map((o) => [...a, o])), [[]]).slice(0, 9)) {
            terms.add(tsTerm(combo.join(" "), false))
          }
        }
      }
      return `(${[...terms].join(" | ")})`
    })
    return { strict: parts.join(" & "), relaxed: parts.join(" | ") }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.searchWith(query, true)
  }

  /** A search, with or without the count and facets (suggestions need neither). */
  private async searchWith(query: SearchQuery, facets: boolean): Promise<SearchResult> {
    const q = normalise(query.q)
    const ts = q ? await this.tsQuery(q) : null
    if (!q || !ts) return this.run(query, null, q, facets)
    const strict = await this.run(query, ts.strict, q, facets)
    if (strict.hits.length > 0 || strict.count > 0) return strict
    return this.run(query, ts.relaxed, q, facets)
  }

  /**
   * One search: the documents matching `tsquery` (all documents without one), filtered, sorted and paged, and
   * the facets, in one statement. Each facet counts the matches under every filter but its own.
   */
  private async run(query: SearchQuery, tsquery: string | null, q: string, facets: boolean): Promise<SearchResult> {
    const price = query.currency === "usd" ? "price_usd" : "price_idr"
    const bindings: Bindings = { tsquery: tsquery ?? "", q, limit: query.limit, offset: query.offset }
    const rank = tsquery
      ? `ts_rank(d.document, to_tsquery('simple', :tsquery)) + case when d.title_normalised = :q then 2 else 0 end
         + case when position(:q in d.title_normalised) > 0 then 1 else 0 end`
      : `0`
    const match = tsquery ? `d.document @@ to_tsquery('simple', :tsquery)` : `true`

    const filters: Record<string, string> = {}
    if (query.category) {
      filters.category = `:category = any(m.category_handles)`
      bindings.category = query.category
    }
    if (query.maker) {
      filters.maker = `m.maker_handle = :maker`
      bindings.maker = query.maker
    }
    const priceParts: string[] = []
    if (query.min_price != null) {
      priceParts.push(`m.price >= :min_price`)
      bindings.min_price = query.min_price
    }
    if (query.max_price != null) {
      priceParts.push(`m.price <= :max_price`)
      bindings.max_price = query.max_price
    }
    if (priceParts.length) filters.price = priceParts.join(" and ")
    if (query.in_stock != null) {
      filters.in_stock = `m.in_stock = :in_stock`
      bindings.in_stock = query.in_stock
    }
    const where = (except?: string) =>
      Object.entries(filters)
        .filter(([name]) => name !== except)
        .map(([, sql]) => sql)
        .join(" and ") || "true"

    const sort = query.sort ?? "relevance"
    const order = (t: string) =>
      sort === "price_asc"
        ? `${t}.price asc nulls last, ${t}.id`
        : sort === "price_desc"
          ? `${t}.price desc nulls last, ${t}.id`
          : sort === "newest" || !tsquery
            ? `${t}.product_created_at desc, ${t}.id`
            : `${t}.rank desc, ${t}.product_created_at desc, ${t}.id`

    const hitsSql = `
         (select coalesce(json_agg(h order by h.position), '[]') from (
            select row_number() over (order by ${order("page")}) as position, d.id, d.handle, d.title, d.title_en,
              d.description, d.description_en, d.category_handles, d.category_names, d.maker_handle, d.maker_name, d.price_idr, d.price_usd, d.in_stock, d.made_to_order,
              d.thumbnail, d.product_created_at as created_at
            from page join search_document d on d.id = page.id) h) as hits`
    const facetsSql = `
         (select count(*) from m where ${where()}) as count,
         (select coalesce(json_agg(c order by c.count desc, c.name), '[]') from (
            select c.handle, min(c.name) as name, sum(g.count) as count
            from (select m.category_handles, m.category_names, count(*) as count from m where ${where("category")}
                  group by m.category_handles, m.category_names) g
            cross join lateral unnest(g.category_handles, g.category_names) as c(handle, name)
            group by c.handle) c) as categories,
         (select coalesce(json_agg(k order by k.count desc, k.name), '[]') from (
            select m.maker_handle as handle, min(m.maker_name) as name, count(*) as count
            from m where m.maker_handle is not null and ${where("maker")} group by m.maker_handle) k) as makers,
         (select json_build_object('min', min(m.price), 'max', max(m.price)) from m where ${where("price")}) as price,
         (select count(*) from m where m.in_stock and ${where("in_stock")}) as in_stock`
    // `m` holds only what filtering, facets and ordering need (the text columns stay on disk); the page's
    // documents are read by id afterwards. Categories are counted per distinct category list first (a product
    // has one or two), which is cheaper than unnesting every match. ts_rank (not ts_rank_cd) because it is several times cheaper over
    // thousands of matches and orders this catalogue's short texts the same way.
    const [row] = await this.rows<{
      count: string | number
      hits: (SearchDocument & { position: number })[]
      categories: FacetCount[]
      makers: FacetCount[]
      price: { min: number | null; max: number | null }
      in_stock: string | number
    }>(
      `with m as materialized (
         select d.id, d.category_handles, d.category_names, d.maker_handle, d.maker_name, d.${price} as price, d.in_stock,
           d.product_created_at, ${rank} as rank
         from search_document d where d.deleted_at is null and ${match}
       ),
       page as (
         select m.id, m.price, m.product_created_at, m.rank
         from m where ${where()} order by ${order("m")} limit :limit offset :offset
       )
       select ${[hitsSql, ...(facets ? [facetsSql] : [])].join(",\n")}`,
      bindings
    )
    const hits = (row?.hits ?? []).map(({ position: _position, ...hit }) => ({ ...hit, created_at: new Date(hit.created_at).toISOString() }))
    return {
      hits,
      count: facets ? Number(row?.count ?? 0) : (row?.hits ?? []).length,
      facets: {
        categories: (row?.categories ?? []).map((c) => ({ ...c, count: Number(c.count) })),
        makers: (row?.makers ?? []).map((k) => ({ ...k, count: Number(k.count) })),
        price: row?.price?.min != null && row.price.max != null ? { min: Number(row.price.min), max: Number(row.price.max) } : null,
        in_stock: Number(row?.in_stock ?? 0),
      },
    }
  }

  async suggest(q: string, limit: number): Promise<Suggestion[]> {
    if (!normalise(q)) return []
    const { hits } = await this.searchWith({ q, currency: "idr", sort: "relevance", limit, offset: 0 }, false)
    return hits.map((hit) => ({ title: hit.title, handle: hit.handle }))
  }

  /**
   * Index writes run one at a time (a transaction-scoped advisory lock): subscribers update documents
   * concurrently, and their vocabulary inserts and prunes would otherwise deadlock on shared words.
   */
  private async write(work: (trx: Knex) => Promise<void>): Promise<void> {
    await this.knex().transaction(async (trx) => {
      await trx.raw(`select pg_advisory_xact_lock(${WRITE_LOCK})`)
      await work(trx as unknown as Knex)
    })
  }

  async upsert(docs: IndexedDocument[]): Promise<void> {
    if (!docs.length) return
    await this.write((trx) => this.upsertIn(trx, docs))
  }

  private async upsertIn(trx: Knex, docs: IndexedDocument[]): Promise<void> {
    const ids = docs.map((doc) => doc.id)
    const oldWords = await this.wordsOf(trx, ids)
    const payload = docs.map((doc) => {
      const text = weightedText(doc)
      return {
        ...doc,
        extra_text: [doc.category_names_en, doc.extra_text].filter(Boolean).join(" ") || null,
        title_normalised: text.a,
        text_a: text.a,
        text_b: text.b,
        text_c: text.c,
        text_d: text.d,
      }
    })
    await trx.raw(
      `insert into search_document (id, handle, title, title_en, description, description_en, category_handles, category_names,
         maker_handle, maker_name, price_idr, price_usd, in_stock, made_to_order, thumbnail, product_created_at, title_normalised,
         extra_text, document, deleted_at, created_at, updated_at)
       select d.id, d.handle, d.title, d.title_en, d.description, d.description_en,
         array(select jsonb_array_elements_text(d.category_handles)), array(select jsonb_array_elements_text(d.category_names)),
         d.maker_handle, d.maker_name, d.price_idr, d.price_usd, d.in_stock, d.made_to_order, d.thumbnail, d.created_at,
         d.title_normalised, d.extra_text,
         setweight(to_tsvector('simple', d.text_a), 'A') || setweight(to_tsvector('simple', d.text_b), 'B')
           || setweight(to_tsvector('simple', d.text_c), 'C') || setweight(to_tsvector('simple', d.text_d), 'D'),
         null, now(), now()
       from jsonb_to_recordset(cast(:docs as jsonb)) as d(id text, handle text, title text, title_en text, description text,
         description_en text, category_handles jsonb, category_names jsonb, maker_handle text, maker_name text,
         price_idr double precision, price_usd double precision, in_stock boolean, made_to_order boolean, thumbnail text,
         created_at timestamptz, title_normalised text, extra_text text, text_a text, text_b text, text_c text, text_d text)
       on conflict (id) do update set handle = excluded.handle, title = excluded.title, title_en = excluded.title_en,
         description = excluded.description, description_en = excluded.description_en,
         category_handles = excluded.category_handles, category_names = excluded.category_names,
         maker_handle = excluded.maker_handle, maker_name = excluded.maker_name, price_idr = excluded.price_idr,
         price_usd = excluded.price_usd, in_stock = excluded.in_stock, made_to_order = excluded.made_to_order,
         thumbnail = excluded.thumbnail, product_created_at = excluded.product_created_at,
         title_normalised = excluded.title_normalised, extra_text = excluded.extra_text, document = excluded.document,
         deleted_at = null, updated_at = now()`,
      { docs: JSON.stringify(payload) }
    )
    await trx.raw(
      `insert into search_word (id) select distinct w from search_document d, unnest(tsvector_to_array(d.document)) as w
       where d.id = any(cast(:ids as text[])) order by w on conflict (id) do nothing`,
      { ids }
    )
    await this.pruneWords(trx, oldWords)
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.write(async (trx) => {
      const oldWords = await this.wordsOf(trx, ids)
      await trx.raw(`delete from search_document where id = any(cast(:ids as text[]))`, { ids })
      await this.pruneWords(trx, oldWords)
    })
  }

  /** Replaces the whole index in one transaction: searches see the old index until it commits. */
  async reindex(docs: IndexedDocument[]): Promise<void> {
    await this.write(async (trx) => {
      await trx.raw(`delete from search_document`)
      await trx.raw(`delete from search_word`)
      for (let i = 0; i < docs.length; i += 500) await this.upsertIn(trx, docs.slice(i, i + 500))
    })
  }

  private async wordsOf(trx: Knex, ids: string[]): Promise<string[]> {
    const result = await trx.raw(
      `select distinct w from search_document d, unnest(tsvector_to_array(d.document)) as w where d.id = any(cast(:ids as text[]))`,
      { ids }
    )
    return ((result?.rows ?? []) as { w: string }[]).map((row) => row.w)
  }

  /** Drops words no document holds any more: a hidden maker's name leaves the vocabulary with her documents. */
  private async pruneWords(trx: Knex, words: string[]): Promise<void> {
    if (!words.length) return
    await trx.raw(
      `delete from search_word w where w.id = any(cast(:words as text[]))
       and not exists (select 1 from search_document d where d.document @@ to_tsquery('simple', quote_literal(w.id)))`,
      { words }
    )
  }
}
