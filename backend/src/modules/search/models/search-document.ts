import { model } from "@medusajs/framework/utils"

/**
 * One row per published product: its PUBLIC fields only (types.ts SearchDocument), as built by
 * src/workflows/utils/search-documents.ts. The id is the product's id. The migration adds what the DML
 * cannot express: `document` (weighted tsvector over the normalised text, `simple` configuration) with a GIN
 * index, and pg_trgm indexes on the normalised titles (when the extension is available).
 */
const SearchDocument = model
  .define("search_document", {
    id: model.text().primaryKey(),
    handle: model.text(),
    title: model.text(),
    title_en: model.text().nullable(),
    description: model.text().nullable(),
    description_en: model.text().nullable(),
    category_handles: model.array(),
    category_names: model.array(),
    maker_handle: model.text().nullable(),
    maker_name: model.text().nullable(),
    price_idr: model.float().nullable(),
    price_usd: model.float().nullable(),
    in_stock: model.boolean().default(false),
    made_to_order: model.boolean().default(false),
    thumbnail: model.text().nullable(),
    product_created_at: model.dateTime(),
    /** normalise(title + " " + title_en): the exact-title boost and trigram title matching. */
    title_normalised: model.text(),
    /** Other public words (colours) searched at the lowest weight. */
    extra_text: model.text().nullable(),
  })
  .indexes([{ on: ["handle"] }, { on: ["maker_handle"] }])

export default SearchDocument
