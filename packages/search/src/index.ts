// @rumah-karya/search: the search rules both providers share (PostgreSQL by default, Meilisearch at scale):
// the one synonym file, normalising/tokenising, query expansion, the public-only SearchDocument and the
// Meilisearch index settings. Pure TypeScript, no framework imports. docs/search.md describes search.
export { normalise, tokens } from "./text.js";
export { SYNONYMS, buildSynonymGroups, expandQuery, synonymIndex } from "./synonyms.js";
export {
  SEARCH_DOCUMENT_FIELDS,
  toSearchDocument,
  type SearchDocument,
  type SearchMakerInput,
  type SearchProductInput,
} from "./document.js";
export {
  FACET_SEPARATOR,
  MEILISEARCH_INDEX,
  fromMeilisearchDocument,
  meilisearchSettings,
  meilisearchSynonyms,
  parseFacetValue,
  toMeilisearchDocument,
  type MeilisearchDocument,
  type MeilisearchSettings,
} from "./meilisearch.js";
