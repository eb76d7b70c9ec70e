/**
 * What the product's edit screens share: the product (or the unavailable message), her language's words,
 * the address of the product, the problem sent back in the address (?error=<productErrors key>) and what a
 * change means for the shop.
 */
import { notFound } from "next/navigation"
import { isLocale, type Locale } from "../i18n/config"
import { MESSAGES } from "../i18n/messages"
import { portalPath } from "../i18n/paths"
import { getT } from "../i18n/translate"
import type { PortalProduct } from "../medusa/maker-shapes"
import { knownKey, loadProduct } from "./load-product"

export type EditQuery = Record<string, string | string[] | undefined>

export type EditPageContext = {
  locale: Locale
  product: PortalProduct | null
  productHref: string
  query: EditQuery
  /** The translated problem from ?error=, or null. */
  error: string | null
}

export async function editPageContext(
  params: Promise<{ locale: string; id: string }>,
  searchParams: Promise<EditQuery>
): Promise<EditPageContext> {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const product = await loadProduct(locale, id)
  const query = await searchParams
  const key = knownKey(MESSAGES[locale].maker.productErrors, query.error)
  return {
    locale,
    product,
    productHref: portalPath(locale, `products/${encodeURIComponent(id)}`),
    query,
    error: key ? getT(locale, "maker")(`productErrors.${key}`) : null,
  }
}

/** A text the address brought back (what she typed before a problem), or the fallback. */
export function typed(query: EditQuery, name: string, fallback: string): string {
  const value = query[name]
  return typeof value === "string" ? value.slice(0, 40) : fallback
}

/**
 * What saving means for the shop: a sent-back product goes to staff again with any change; a product in the
 * shop (or sold out, or paused) goes back to staff when its photos change, not its price or stock.
 */
export function reviewWarning(locale: Locale, product: PortalProduct, change: "price" | "stock" | "photos"): string | null {
  const t = getT(locale, "maker")
  if (product.status === "returned") return t("product.resubmit")
  if (change === "photos" && product.status !== "in_review") return t("product.backToReview")
  return null
}
