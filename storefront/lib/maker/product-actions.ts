"use server"
/**
 * Her products: submit a new one (the wizard's last step), change its price, stock or photos, pause it or
 * show it again. Each checks the form (product-schemas.ts), calls the backend with her token from the
 * cookie, and answers in her language. The edit actions work as plain form posts: after saving they go back
 * to the product (?saved=…); on a problem to the same form with what she typed (?error=…&value=…).
 */
import { redirect } from "next/navigation"
import type { Locale } from "../i18n/config"
import { portalPath } from "../i18n/paths"
import {
  createMakerProduct,
  setMakerProductPaused,
  updateMakerProduct,
  type PortalResult,
  type ProductChanges,
} from "../medusa/maker"
import type { PortalProduct } from "../medusa/maker-shapes"
import { formLocale, looseT, translateErrors } from "../checkout/request"
import { fieldErrors, formValues } from "../checkout/schemas"
import type { MakerFormState } from "./form-state"
import { leaveOnFailure, requireMakerToken } from "./portal-session"
import { formUploadIds, newProductSchema, photosSchema, priceSchema, stockSchema } from "./product-schemas"

/** The backend's field names → the wizard's. */
const FORM_FIELDS: Record<string, string> = {
  upload_ids: "upload_ids",
  title: "title",
  description: "description",
  category: "category",
  price_idr: "price",
  made_to_order: "stock",
  stock: "stock",
  lead_time_days: "lead_time_days",
}

const NEW_PRODUCT_FIELDS = ["title", "category", "price", "stock_mode", "stock", "lead_time_days", "description"] as const

/** The wizard's submit: the product goes to staff for review, and she sees "Terkirim!". */
export async function submitNewProduct(_prev: MakerFormState, form: FormData): Promise<MakerFormState> {
  const locale = formLocale(form)
  const t = looseT(locale, "maker")
  const parsed = newProductSchema.safeParse({ ...formValues(form, NEW_PRODUCT_FIELDS), upload_ids: formUploadIds(form) })
  if (!parsed.success) {
    return {
      status: "error",
      message: t("errorSummary"),
      fieldErrors: translateErrors(fieldErrors(parsed.error), (key) => t(`productErrors.${key}`)),
    }
  }
  const token = await requireMakerToken(locale)
  const result = await createMakerProduct(token, parsed.data)
  if (!result.ok) {
    leaveOnFailure(locale, result.reason === "notFound" ? "error" : result.reason)
    if (result.reason !== "invalid") return { status: "error", message: t("error") }
    // Our checks said yes and the backend's no (e.g. a photo that is no longer hers): point at the field.
    const fields = (result.fields ?? []).map((field) => FORM_FIELDS[field]).filter(Boolean)
    return fields.length > 0
      ? {
          status: "error",
          message: t("errorSummary"),
          fieldErrors: Object.fromEntries(fields.map((field) => [field, t(`productRefused.${field}`)])),
        }
      : { status: "error", message: t("newProduct.refused") }
  }
  redirect(portalPath(locale, "products/sent"))
}

/** The product's id from the form, as the backend writes ids; anything else is no product of hers. */
function formProductId(form: FormData): string | null {
  const id = form.get("id")
  return typeof id === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null
}

type EditPage = "price" | "stock" | "photos"

const productPage = (locale: Locale, id: string, page?: EditPage, query?: Record<string, string | undefined>) =>
  portalPath(locale, `products/${encodeURIComponent(id)}${page ? `/${page}` : ""}`, query)

/** After a change: back to the product, saying what happened (and plainly when it went back to staff). */
function afterSave(locale: Locale, id: string, saved: string, result: PortalResult<{ product: PortalProduct }>): never {
  if (!result.ok) {
    leaveOnFailure(locale, result.reason)
    redirect(productPage(locale, id, undefined, { error: result.reason === "invalid" ? "refused" : "error" }))
  }
  redirect(productPage(locale, id, undefined, { saved: result.product.status === "in_review" ? "review" : saved }))
}

async function saveChanges(locale: Locale, id: string, saved: EditPage, changes: ProductChanges): Promise<never> {
  const token = await requireMakerToken(locale)
  afterSave(locale, id, saved, await updateMakerProduct(token, id, changes))
}

export async function saveProductPrice(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const id = formProductId(form)
  if (!id) redirect(portalPath(locale, "products"))
  const { price } = formValues(form, ["price"])
  const parsed = priceSchema.safeParse(price)
  if (!parsed.success) redirect(productPage(locale, id, "price", { error: parsed.error.issues[0].message, price }))
  await saveChanges(locale, id, "price", { price_idr: parsed.data })
}

export async function saveProductStock(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const id = formProductId(form)
  if (!id) redirect(portalPath(locale, "products"))
  const values = formValues(form, ["stock_mode", "stock", "lead_time_days"])
  const parsed = stockSchema.safeParse(values)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    redirect(productPage(locale, id, "stock", { error: issue.message, field: String(issue.path[0] ?? ""), ...values }))
  }
  await saveChanges(locale, id, "stock", parsed.data)
}

export async function saveProductPhotos(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const id = formProductId(form)
  if (!id) redirect(portalPath(locale, "products"))
  const parsed = photosSchema.safeParse({ upload_ids: formUploadIds(form) })
  if (!parsed.success) redirect(productPage(locale, id, "photos", { error: parsed.error.issues[0].message }))
  await saveChanges(locale, id, "photos", parsed.data)
}

/** "Jeda" takes it off the shop; "Tampilkan lagi" puts it back (only as staff approved it). */
export async function setProductPaused(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const id = formProductId(form)
  if (!id) redirect(portalPath(locale, "products"))
  const paused = form.get("paused") === "true"
  const token = await requireMakerToken(locale)
  const result = await setMakerProductPaused(token, id, paused)
  if (!result.ok && result.reason === "invalid") {
    redirect(productPage(locale, id, undefined, { error: paused ? "pauseRefused" : "resumeRefused" }))
  }
  afterSave(locale, id, paused ? "paused" : "resumed", result)
}
