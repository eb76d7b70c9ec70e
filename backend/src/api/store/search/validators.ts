import { z } from "@medusajs/framework/zod"

// GET /store/search and /store/search/suggestions: a fixed public shape (no fields/expand), any unknown
// parameter a 400.
const boolean = z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean())
const price = z.coerce.number().min(0).max(1_000_000_000)
const handle = z.string().trim().min(1).max(200)

export const StoreSearchQuery = z
  .object({
    q: z.string().max(100, "q must be at most 100 characters").default(""),
    currency: z.enum(["idr", "usd"]).default("idr"),
    category: handle.optional(),
    maker: handle.optional(),
    min_price: price.optional(),
    max_price: price.optional(),
    in_stock: boolean.optional(),
    sort: z.enum(["relevance", "price_asc", "price_desc", "newest"]).default("relevance"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
  })
  .strict()
  .refine((v) => v.min_price == null || v.max_price == null || v.min_price <= v.max_price, {
    message: "min_price must not exceed max_price",
    path: ["min_price"],
  })
export type StoreSearchQueryType = z.infer<typeof StoreSearchQuery>

export const StoreSearchSuggestionsQuery = z
  .object({
    q: z.string().max(100, "q must be at most 100 characters").default(""),
    limit: z.coerce.number().int().min(1).max(20).default(8),
  })
  .strict()
export type StoreSearchSuggestionsQueryType = z.infer<typeof StoreSearchSuggestionsQuery>
