// Meilisearch index settings and the index's document shape, built from the same synonym file and document
// as the PostgreSQL provider. Pure data: the provider (backend/src/modules/search/providers/meilisearch.ts)
// sends it with the official client.
import type { SearchDocument } from "./document.js";
import { SYNONYMS } from "./synonyms.js";

export const MEILISEARCH_INDEX = "products";

/**
 * Facet values pair a handle with its name ("handle\u001fname") so one facet distribution gives both:
 * Meilisearch counts values of one attribute and cannot pair category_handles with category_names.
 */
export const FACET_SEPARATOR = "\u001f";

/** The document Meilisearch stores: a SearchDocument plus the two paired facet fields. */
export interface MeilisearchDocument extends SearchDocument {
  category_facets: string[];
  maker_facet: string | null;
}

export function toMeilisearchDocument(doc: SearchDocument): MeilisearchDocument {
  return {
    ...doc,
    category_facets: doc.category_handles.map(
      (handle, i) => `${handle}${FACET_SEPARATOR}${doc.category_names[i] ?? handle}`
    ),
    maker_facet:
      doc.maker_handle && doc.maker_name ? `${doc.maker_handle}${FACET_SEPARATOR}${doc.maker_name}` : null,
  };
}

/** A facet value back to { handle, name }. */
export function parseFacetValue(value: string): { handle: string; name: string } {
  const at = value.indexOf(FACET_SEPARATOR);
  return at < 0 ? { handle: value, name: value } : { handle: value.slice(0, at), name: value.slice(at + 1) };
}

/** A stored document back to the SearchDocument shape (the facet fields dropped). */
export function fromMeilisearchDocument(hit: Partial<MeilisearchDocument>): SearchDocument {
  return {
    id: String(hit.id),
    handle: hit.handle ?? "",
    title: hit.title ?? "",
    title_en: hit.title_en ?? null,
    description: hit.description ?? null,
    description_en: hit.description_en ?? null,
    category_handles: hit.category_handles ?? [],
    category_names: hit.category_names ?? [],
    maker_handle: hit.maker_handle ?? null,
    maker_name: hit.maker_name ?? null,
    price_idr: hit.price_idr ?? null,
    price_usd: hit.price_usd ?? null,
    in_stock: hit.in_stock === true,
    made_to_order: hit.made_to_order === true,
    thumbnail: hit.thumbnail ?? null,
    created_at: hit.created_at ?? "",
  };
}

/** Meilisearch's synonym map: each phrase → every other phrase of its groups (merged when groups share one). */
export function meilisearchSynonyms(groups: readonly (readonly string[])[] = SYNONYMS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const phrase of group) {
      const others = map[phrase] ?? [];
      for (const other of group) if (other !== phrase && !others.includes(other)) others.push(other);
      map[phrase] = others;
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface MeilisearchSettings {
  searchableAttributes: string[];
  displayedAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  synonyms: Record<string, string[]>;
  typoTolerance: {
    enabled: boolean;
    minWordSizeForTypos: { oneTypo: number; twoTypos: number };
    disableOnAttributes: string[];
    disableOnWords: string[];
  };
  rankingRules: string[];
  faceting: { maxValuesPerFacet: number };
  pagination: { maxTotalHits: number };
}

/** The "products" index settings, sent whole on every reindex (and before the first upsert). */
export function meilisearchSettings(): MeilisearchSettings {
  return {
    // Order is weight: titles first, then categories and her name, descriptions last.
    searchableAttributes: ["title", "title_en", "category_names", "maker_name", "description", "description_en"],
    displayedAttributes: ["*"],
    filterableAttributes: [
      "category_handles",
      "maker_handle",
      "price_idr",
      "price_usd",
      "in_stock",
      "made_to_order",
      "category_facets",
      "maker_facet",
    ],
    sortableAttributes: ["price_idr", "price_usd", "created_at"],
    synonyms: meilisearchSynonyms(),
    typoTolerance: {
      enabled: true,
      // "bukett" (6), "plastk" (6), "hiasn" (5): one typo from 4 letters, two from 8.
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnAttributes: [],
      disableOnWords: [],
    },
    // "sort" first: an explicit price or newest order is strict; without a sort it has no effect.
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
    faceting: { maxValuesPerFacet: 300 },
    pagination: { maxTotalHits: 10000 },
  };
}
