// The one searchable shape of a product, built from explicit PUBLIC fields only. Nothing is spread from a row:
// a maker's private data (legal name, phone, address, bank or e-wallet details, staff notes, payout
// details) cannot reach an index even if a caller passes a whole row by mistake.

/** One searchable product: public fields only (same shape as backend/src/modules/search/types.ts). */
export interface SearchDocument {
  id: string;
  handle: string;
  title: string;
  title_en: string | null;
  description: string | null;
  description_en: string | null;
  category_handles: string[];
  category_names: string[];
  /** null when she is hidden or did not consent to her name: callers show the Collective's name. */
  maker_handle: string | null;
  maker_name: string | null;
  price_idr: number | null;
  price_usd: number | null;
  in_stock: boolean;
  made_to_order: boolean;
  thumbnail: string | null;
  /** ISO 8601, UTC. */
  created_at: string;
}

/** What toSearchDocument reads of a product; other properties are ignored. */
export interface SearchProductInput {
  id: string;
  handle: string;
  title: string;
  title_en?: string | null;
  description?: string | null;
  description_en?: string | null;
  categories?: readonly { handle: string; name: string }[] | null;
  /** Major units (Medusa's amounts): rupiah, dollars. */
  price_idr?: number | null;
  price_usd?: number | null;
  in_stock: boolean;
  made_to_order?: boolean | null;
  thumbnail?: string | null;
  created_at: Date | string;
}

/**
 * What toSearchDocument reads of a maker: her PUBLIC summary (handle, display name), or null when the public
 * may not see her (hidden, not active, or no consent to her display name). Other properties are ignored.
 */
export interface SearchMakerInput {
  handle: string;
  display_name: string;
}

const text = (value: string | null | undefined): string | null => {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
};

const amount = (value: number | null | undefined): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/**
 * The search document of a product. `maker` must be her public summary, or null when she may not be shown;
 * only its handle and display_name are read.
 */
export function toSearchDocument(product: SearchProductInput, maker: SearchMakerInput | null): SearchDocument {
  const categories = (product.categories ?? []).filter(
    (category) => typeof category?.handle === "string" && category.handle !== ""
  );
  const makerName = maker ? text(maker.display_name) : null;
  const makerHandle = maker && makerName ? text(maker.handle) : null;
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: text(product.title_en),
    description: text(product.description),
    description_en: text(product.description_en),
    category_handles: categories.map((category) => category.handle),
    category_names: categories.map((category) => category.name),
    maker_handle: makerHandle,
    maker_name: makerHandle ? makerName : null,
    price_idr: amount(product.price_idr),
    price_usd: amount(product.price_usd),
    in_stock: product.in_stock === true,
    made_to_order: product.made_to_order === true,
    thumbnail: text(product.thumbnail),
    created_at: new Date(product.created_at).toISOString(),
  };
}

/** The document's fields, in order: what an index may hold and nothing else. */
export const SEARCH_DOCUMENT_FIELDS = [
  "id",
  "handle",
  "title",
  "title_en",
  "description",
  "description_en",
  "category_handles",
  "category_names",
  "maker_handle",
  "maker_name",
  "price_idr",
  "price_usd",
  "in_stock",
  "made_to_order",
  "thumbnail",
  "created_at",
] as const satisfies readonly (keyof SearchDocument)[];

