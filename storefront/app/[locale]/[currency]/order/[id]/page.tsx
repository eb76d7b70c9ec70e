import type { Metadata } from "next"
import { OrderSummary } from "@/components/checkout/OrderSummary"
import { CartCountSync } from "@/components/cart/CartCountSync"
import { addressLines, countryName } from "@/lib/checkout/address"
import { INTL_LOCALE } from "@/lib/i18n/config"
import { localePath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { getBankTransfer, getOrder } from "@/lib/medusa/orders"
import { formatPrice } from "@/lib/money"
import { shopParams, type ShopParams } from "@/lib/route-params"
import "@/components/checkout/forms.css"

// Personal: rendered for each request, never cached, never indexed.
export const dynamic = "force-dynamic"

type Props = { params: Promise<ShopParams & { id: string }> }

const NOINDEX = { index: false, follow: false }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params
  const { locale } = shopParams(raw)
  const t = getT(locale, "checkout")
  const order = await getOrder(raw.id, locale).catch(() => null)
  return {
    title: order ? t("order.title", { number: order.number }) : t("order.notFound"),
    robots: NOINDEX,
    referrer: "no-referrer",
  }
}

export default async function OrderPage({ params }: Props) {
  const raw = await params
  const { locale } = shopParams(raw)
  const t = getT(locale, "checkout")
  const intl = INTL_LOCALE[locale]
  const [order, transfer] = await Promise.all([
    getOrder(raw.id, locale).catch(() => null),
    getBankTransfer(raw.id).catch(() => null),
  ])

  if (!order) {
    return (
      <div className="container shop-page">
        <h1>{t("order.notFound")}</h1>
        <p>{t("order.notFoundBody")}</p>
        <p>
          <a className="button" href={localePath(locale, "/order-lookup")}>
            {t("lookup.title")}
          </a>
        </p>
      </div>
    )
  }

  const money = (amount: number, code = order.currencyCode) => formatPrice(amount, code, intl)
  const date = new Intl.DateTimeFormat(intl, { dateStyle: "long" }).format(new Date(order.createdAt))
  const statusText = transfer
    ? { awaiting_payment: t("order.awaiting"), paid: t("order.paidShort"), canceled: t("order.canceledShort") }[transfer.status]
    : null

  return (
    <div className="container shop-page">
      {/* Placing the order emptied the cart's cookies: the header reads them again. */}
      <CartCountSync />
      <h1>{t("order.thanks")}</h1>
      <p className="shop-lead">{t("order.lead", { number: order.number, email: order.email ?? "" })}</p>

      <div className="shop-columns">
        <div>
          {transfer && (
            <section className="panel bank-transfer" aria-labelledby="pay-title">
              <h2 id="pay-title">{transfer.status === "awaiting_payment" ? t("order.payTitle") : t("order.status")}</h2>
              {transfer.status === "awaiting_payment" ? (
                <>
                  <p>{t("order.payLead")}</p>
                  <dl className="bank-details">
                    <div>
                      <dt>{t("order.bank")}</dt>
                      <dd>{transfer.bankName}</dd>
                    </div>
                    <div>
                      <dt>{t("order.accountName")}</dt>
                      <dd>{transfer.accountName}</dd>
                    </div>
                    <div>
                      <dt>{t("order.accountNumber")}</dt>
                      <dd>{transfer.accountNumber}</dd>
                    </div>
                    <div>
                      <dt>{t("order.amount")}</dt>
                      <dd data-testid="transfer-amount">{money(transfer.amount, transfer.currencyCode)}</dd>
                    </div>
                    <div>
                      <dt>{t("order.reference")}</dt>
                      <dd data-testid="transfer-reference">{transfer.reference}</dd>
                    </div>
                  </dl>
                  <p className="field-hint">{t("order.afterPay")}</p>
                </>
              ) : (
                <p>{transfer.status === "paid" ? t("order.paid") : t("order.canceled")}</p>
              )}
            </section>
          )}

          {!transfer && order.paymentStatus === "captured" && (
            <section className="panel bank-transfer" aria-labelledby="pay-title">
              <h2 id="pay-title">{t("order.status")}</h2>
              <p data-testid="card-paid">{t("order.paidByCard")}</p>
            </section>
          )}

          <section className="panel" aria-labelledby="items-title" style={{ marginTop: "1.25rem" }}>
            <h2 id="items-title">{t("order.items")}</h2>
            <OrderSummary lines={order.lines} totals={order} currencyCode={order.currencyCode} locale={locale} />
          </section>
        </div>

        <aside className="panel" aria-labelledby="details-title">
          <h2 id="details-title">{t("order.number")}</h2>
          <p>
            <strong>{order.number}</strong> · {date}
          </p>
          {statusText && (
            <p>
              {t("order.status")}: <span className="order-status">{statusText}</span>
            </p>
          )}
          <h3>{t("order.shipTo")}</h3>
          <address className="address-lines">
            {addressLines(order.shippingAddress, (code) => countryName(code, intl)).map((line, i) => (
              <span key={i}>
                {line}
                <br />
              </span>
            ))}
          </address>
          {order.shippingMethod && (
            <>
              <h3>{t("order.shippingMethod")}</h3>
              <p>{order.shippingMethod}</p>
            </>
          )}
          {order.giftNote && (
            <>
              <h3>{t("order.giftNote")}</h3>
              <p>{order.giftNote}</p>
            </>
          )}
          <p>
            <a href={localePath(locale, "/")}>{t("order.continue")}</a>
          </p>
        </aside>
      </div>
    </div>
  )
}
