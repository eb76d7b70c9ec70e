import type { StockState } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { getT } from "@/lib/i18n/translate"

/** "In stock" / "Made to order, 14 days" / "Sold out", as a buyer reads it on a card or a product page. */
export function stockText(locale: Locale, stock: StockState, short = false): string {
  const t = getT(locale, "catalog")
  if (stock.kind === "sold_out") return t("stock.soldOut")
  if (stock.kind === "made_to_order") {
    return stock.leadTimeDays && !short ? t("stock.madeToOrder", { days: stock.leadTimeDays }) : t("stock.madeToOrderShort")
  }
  return t("stock.inStock")
}

export function StockLabel({ locale, stock, short }: { locale: Locale; stock: StockState; short?: boolean }) {
  return <p className={`stock stock-${stock.kind.replace(/_/g, "-")}`}>{stockText(locale, stock, short)}</p>
}
