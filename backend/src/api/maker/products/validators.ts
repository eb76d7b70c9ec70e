import { z } from "@medusajs/framework/zod"
import { NoFields } from "../../no-fields"
import { MAKER_CATEGORY_HANDLES, MAKER_PRODUCT_STATUSES, PRODUCT_LIMITS as L } from "../../../modules/maker/product-rules"

// Bodies and queries of her product routes (docs/maker-portal-api.md, "Products"). Objects are strict (an
// unknown field, such as `status`, is a 400). Every rule has a short message of our own that names the field
// and never repeats what was sent: Medusa's generic messages quote the value.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= min && value <= max

const rule = <T>(check: (value: unknown) => boolean, message: string) => z.custom<T>(check, { message })

const title = rule<string>(
  (v) => typeof v === "string" && v.trim().length >= L.titleMin && v.trim().length <= L.titleMax,
  `Field 'title' must be ${L.titleMin} to ${L.titleMax} characters`
).transform((v) => v.trim())
const description = rule<string | null>(
  (v) => v === null || (typeof v === "string" && v.trim().length <= L.descriptionMax),
  `Field 'description' must be at most ${L.descriptionMax} characters`
).transform((v) => (typeof v === "string" ? v.trim() || null : null))
const category = rule<string>(
  (v) => typeof v === "string" && (MAKER_CATEGORY_HANDLES as readonly string[]).includes(v),
  `Field 'category' must be one of ${MAKER_CATEGORY_HANDLES.join(", ")}`
)
const priceIdr = rule<number>(
  (v) => isInt(v, L.priceMin, L.priceMax),
  `Field 'price_idr' must be a whole number of rupiah from ${L.priceMin} to ${L.priceMax}`
)
const madeToOrder = rule<boolean>((v) => typeof v === "boolean", "Field 'made_to_order' must be true or false")
const stock = rule<number>((v) => isInt(v, 0, L.stockMax), `Field 'stock' must be a whole number from 0 to ${L.stockMax}`)
const leadTime = rule<number>(
  (v) => isInt(v, L.leadTimeMin, L.leadTimeMax),
  `Field 'lead_time_days' must be a whole number of days from ${L.leadTimeMin} to ${L.leadTimeMax}`
)
const uploadIds = rule<string[]>(
  (v) =>
    Array.isArray(v) &&
    v.length >= L.photosMin &&
    v.length <= L.photosMax &&
    v.every((id) => typeof id === "string" && id.length > 0 && id.length <= 100) &&
    new Set(v).size === v.length,
  `Field 'upload_ids' must list ${L.photosMin} to ${L.photosMax} different photos`
)

const objectBody = <T extends z.ZodType<any, any>>(schema: T) =>
  z.custom<Record<string, unknown>>(isPlainObject, { message: "The request body must be a JSON object" }).pipe(schema)

const createFields = z
  .object({
    title,
    description: description.optional(),
    category,
    price_idr: priceIdr,
    made_to_order: madeToOrder,
    stock: stock.optional(),
    lead_time_days: leadTime.optional(),
    upload_ids: uploadIds,
  })
  .strict()
  .superRefine((body, ctx) => {
    if (!body.made_to_order && body.stock === undefined) {
      ctx.addIssue({ code: "custom", path: ["stock"], message: "Field 'stock' is required unless made to order" })
    }
    if (body.made_to_order && body.lead_time_days === undefined) {
      ctx.addIssue({ code: "custom", path: ["lead_time_days"], message: "Field 'lead_time_days' is required for made to order" })
    }
  })
export const MakerCreateProduct = objectBody(createFields)
export type MakerCreateProductType = z.infer<typeof createFields>

const updateFields = z
  .object({
    title: title.optional(),
    description: description.optional(),
    category: category.optional(),
    price_idr: priceIdr.optional(),
    made_to_order: madeToOrder.optional(),
    stock: stock.optional(),
    lead_time_days: leadTime.optional(),
    upload_ids: uploadIds.optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: "Change at least one field" })
export const MakerUpdateProduct = objectBody(updateFields)
export type MakerUpdateProductType = z.infer<typeof updateFields>

export const MakerEmptyBody = objectBody(NoFields)

export const MakerListProductsQuery = z
  .object({
    status: rule<(typeof MAKER_PRODUCT_STATUSES)[number]>(
      (v) => typeof v === "string" && (MAKER_PRODUCT_STATUSES as readonly string[]).includes(v),
      `Query 'status' must be one of ${MAKER_PRODUCT_STATUSES.join(", ")}`
    ).optional(),
  })
  .strict()
export type MakerListProductsQueryType = z.infer<typeof MakerListProductsQuery>

export const MakerPriceHintQuery = z.object({ category }).strict()
export type MakerPriceHintQueryType = z.infer<typeof MakerPriceHintQuery>

