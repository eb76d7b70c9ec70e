/**
 * The product forms' schemas (zod), on the rules of product-rules.ts: what a form posts (strings) becomes what
 * the backend takes (issue 6 contract). Error messages are keys of the "maker" catalogue's `productErrors`,
 * each on the field it is about: photos, title, category, price, stock, lead_time_days, description.
 */
import { z } from "zod"
import type { NewProductInput } from "../medusa/maker"
import {
  categoryProblem,
  descriptionProblem,
  leadTimeProblem,
  parseCount,
  parseRupiah,
  photosProblem,
  priceProblem,
  stockMode,
  stockProblem,
  titleProblem,
  type ProductCategory,
} from "./product-rules"

/** A string field checked by one of the rules. */
const checked = (problem: (raw: string) => string | null) =>
  z.string().superRefine((raw, ctx) => {
    const key = problem(raw)
    if (key) ctx.addIssue({ code: "custom", message: key })
  })

// Her own upload ids (mkrupl_…); the backend checks they are hers.
const uploadIdsSchema = z
  .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "photosRequired"))
  .transform((ids) => [...new Set(ids)])
  .superRefine((ids, ctx) => {
    const key = photosProblem(ids)
    if (key) ctx.addIssue({ code: "custom", message: key })
  })

export const priceSchema = checked(priceProblem).transform(parseRupiah)

type StockFields = { stock_mode: string; stock: string; lead_time_days: string }

/** The stock fields' problem, on the field it is about (stock, or lead_time_days when made to order). */
function stockIssue(value: StockFields): { path: string; message: string } | null {
  if (stockMode(value.stock_mode) === "stock") {
    const key = stockProblem(value.stock)
    return key ? { path: "stock", message: key } : null
  }
  const key = leadTimeProblem(value.lead_time_days)
  return key ? { path: "lead_time_days", message: key } : null
}

function stockOf(value: StockFields): { made_to_order: boolean; stock?: number; lead_time_days?: number } {
  return stockMode(value.stock_mode) === "stock"
    ? { made_to_order: false, stock: parseCount(value.stock) }
    : { made_to_order: true, lead_time_days: parseCount(value.lead_time_days) }
}

const stockFields = { stock_mode: z.string(), stock: z.string(), lead_time_days: z.string() }

function checkStock(value: StockFields, ctx: z.RefinementCtx) {
  const issue = stockIssue(value)
  if (issue) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message })
}

/** How many she has ready, or that she makes each one when ordered and how many days it takes. */
export const stockSchema = z.object(stockFields).superRefine(checkStock).transform(stockOf)

export const photosSchema = z.object({ upload_ids: uploadIdsSchema })

export const newProductSchema = z
  .object({
    upload_ids: uploadIdsSchema,
    title: checked(titleProblem).transform((title) => title.trim()),
    category: checked(categoryProblem),
    price: priceSchema,
    ...stockFields,
    description: checked(descriptionProblem).transform((text) => text.trim()),
  })
  // Checked also when other fields are wrong, so that every problem is known at once.
  .superRefine(checkStock)
  .transform(
    (value): NewProductInput => ({
      title: value.title,
      description: value.description || undefined,
      category: value.category as ProductCategory,
      price_idr: value.price,
      ...stockOf(value),
      upload_ids: value.upload_ids,
    })
  )

/** A form's upload ids (repeated `upload_ids` fields), in order. */
export function formUploadIds(form: FormData): string[] {
  return form.getAll("upload_ids").filter((id): id is string => typeof id === "string" && id !== "")
}
