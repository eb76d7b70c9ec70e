import type { ProductDetail } from "@/lib/medusa"
import { isBuyable } from "@/lib/medusa"
import { stockText } from "@/components/StockLabel"
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config"
import { defaultCurrency, isCurrency } from "@/lib/i18n/market"
import { getT, optionTitle } from "@/lib/i18n/translate"
import { formatPrice } from "@/lib/money"
import { BuyBoxForm, type BuyBoxVariant } from "./BuyBoxForm"

/**
 * Variant choice, quantity and "add to cart" for a product page. This server part prepares finished
 * strings and prices; the small client form (BuyBoxForm) does the rest. The page stays static: nothing
 * here reads cookies.
 */
export function BuyBox({ product, locale }: { product: ProductDetail; locale: Locale }) {
  const t = getT(locale, "cart")
  const catalog = getT(locale, "catalog")
  const priced = product.variants.find((v) => v.currencyCode)?.currencyCode
  const currency = isCurrency(priced) ? priced : defaultCurrency(locale)

  const variants: BuyBoxVariant[] = product.variants.map((v) => {
    const buyable = v.amount !== null && isBuyable(v.stock)
    const known = v.stock.kind === "in_stock" ? v.stock.quantity : null
    return {
      options: v.options,
      price: v.amount !== null && v.currencyCode ? formatPrice(v.amount, v.currencyCode, INTL_LOCALE[locale]) : null,
      stock:
        v.amount === null
          ? t("buyBox.unavailable")
          : known !== null && known <= 5
            ? `${stockText(locale, v.stock)} · ${catalog("stock.lowStock", { count: known })}`
            : stockText(locale, v.stock),
      stockKind: v.amount === null ? "sold_out" : v.stock.kind,
      buyable,
    }
  })

  // Start with the first variant that can be bought (else the first), so one click adds it.
  const start = product.variants[variants.findIndex((v) => v.buyable)] ?? product.variants[0]
  const initial: Record<string, string> = {}
  for (const option of product.options) {
    initial[option.id] = start?.options[option.id] ?? option.values[0]?.value ?? ""
  }

  return (
    <BuyBoxForm
      handle={product.handle}
      locale={locale}
      currency={currency}
      options={product.options.map((o) => ({ id: o.id, title: optionTitle(locale, o.title), values: o.values }))}
      variants={variants}
      initial={initial}
      strings={{
        label: t("buyBox.label"),
        quantity: t("buyBox.quantity"),
        add: t("buyBox.add"),
        adding: t("buyBox.adding"),
        soldOut: t("buyBox.soldOut"),
        unavailable: t("buyBox.unavailable"),
      }}
    />
  )
}
