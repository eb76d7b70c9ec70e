import { z } from "@medusajs/framework/zod"
import { PRODUCT_LIMITS as L } from "../../../modules/maker/product-rules"

// Bodies of the product review routes (docs/maker-portal-api.md, "Product review"). Strict objects.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
const objectBody = <T extends z.ZodType<any, any>>(schema: T) =>
  z.custom<Record<string, unknown>>(isPlainObject, { message: "The request body must be a JSON object" }).pipe(schema)

const approveFields = z
  .object({
    price_usd: z
      .custom<number>(
        (v) => typeof v === "number" && Number.isFinite(v) && v > 0 && v <= L.usdMax && Math.round(v * 100) === v * 100,
        { message: `Field 'price_usd' must be a positive amount in dollars (at most 2 decimals, up to ${L.usdMax})` }
      )
      .optional(),
  })
  .strict()
export const AdminApproveProduct = objectBody(approveFields)
export type AdminApproveProductType = z.infer<typeof approveFields>

const returnFields = z
  .object({
    note: z
      .custom<string>((v) => typeof v === "string" && v.trim().length >= 1 && v.trim().length <= L.noteMax, {
        message: `Field 'note' must be 1 to ${L.noteMax} characters`,
      })
      .transform((v) => v.trim()),
  })
  .strict()
export const AdminReturnProduct = objectBody(returnFields)
export type AdminReturnProductType = z.infer<typeof returnFields>

export const AdminListProductReviewsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListProductReviewsQueryType = z.infer<typeof AdminListProductReviewsQuery>
