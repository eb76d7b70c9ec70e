import { INTL_LOCALE, type Locale } from "@/lib/i18n/config"
import { getT } from "@/lib/i18n/translate"
import { formatPrice } from "@/lib/money"

export type SummaryLine = { id: string; title: string; variant: string | null; quantity: number; subtotal: number }

export type SummaryTotals = {
  itemSubtotal: number
  /** Null while no shipping option is chosen. */
  shippingTotal: number | null
  taxTotal: number
  discountTotal: number
  total: number
}

/** The lines and totals of a cart at checkout or of a placed order, in its currency. */
export function OrderSummary({
  lines,
  totals,
  currencyCode,
  locale,
}: {
  lines: readonly SummaryLine[]
  totals: SummaryTotals
  currencyCode: string
  locale: Locale
}) {
  const t = getT(locale, "checkout")
  const money = (amount: number) => formatPrice(amount, currencyCode, INTL_LOCALE[locale])
  return (
    <>
      <ul className="summary-lines">
        {lines.map((line) => (
          <li key={line.id}>
            <span>
              {line.title}
              {line.variant ? ` (${line.variant})` : ""} {t("summary.quantity", { count: line.quantity })}
            </span>
            <span>{money(line.subtotal)}</span>
          </li>
        ))}
      </ul>
      <dl className="totals">
        <div>
          <dt>{t("summary.subtotal")}</dt>
          <dd>{money(totals.itemSubtotal)}</dd>
        </div>
        <div>
          <dt>{t("summary.shipping")}</dt>
          <dd>
            {totals.shippingTotal === null
              ? t("summary.shippingLater")
              : totals.shippingTotal === 0
                ? t("shipping.free")
                : money(totals.shippingTotal)}
          </dd>
        </div>
        {totals.taxTotal > 0 && (
          <div>
            <dt>{t("summary.tax")}</dt>
            <dd>{money(totals.taxTotal)}</dd>
          </div>
        )}
        {totals.discountTotal > 0 && (
          <div>
            <dt>{t("summary.discount")}</dt>
            <dd>−{money(totals.discountTotal)}</dd>
          </div>
        )}
        <div className="totals-grand">
          <dt>{t("summary.total")}</dt>
          <dd>{money(totals.total)}</dd>
        </div>
      </dl>
    </>
  )
}
