import type { Metadata } from "next"
import { CartCountSync } from "@/components/cart/CartCountSync"
import { CartLineForm } from "@/components/cart/CartLineForm"
import { GiftNoteForm } from "@/components/cart/GiftNoteForm"
import { currentCart } from "@/lib/checkout/cart-session"
import { GIFT_NOTE_MAX } from "@/lib/checkout/schemas"
import { INTL_LOCALE } from "@/lib/i18n/config"
import { cartPath, checkoutPath, localePath, productPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import type { Cart } from "@/lib/medusa/cart"
import { formatPrice } from "@/lib/money"
import { shopParams, type ShopParams } from "@/lib/route-params"
import "@/components/cart/cart.css"
import "@/components/checkout/forms.css"

type Props = { params: Promise<ShopParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = shopParams(await params)
  const t = getT(locale, "cart")
  return { title: t("title"), description: t("description"), robots: { index: false }, alternates: { canonical: cartPath(locale) } }
}

export default async function CartPage({ params }: Props) {
  const { locale, currency } = shopParams(await params)
  const t = getT(locale, "cart")
  const intl = INTL_LOCALE[locale]
  let cart: Cart | null = null
  let failed = false
  try {
    cart = await currentCart(locale, currency)
  } catch {
    failed = true
  }
  const money = (amount: number) => formatPrice(amount, cart?.currencyCode ?? currency, intl)
  const lines = cart?.lines ?? []

  return (
    <div className="container shop-page">
      <h1>{t("title")}</h1>
      {!failed && <CartCountSync count={cart?.itemCount ?? 0} />}
      {failed ? (
        <p role="alert" className="form-error">
          {t("errors.unknown")}
        </p>
      ) : !cart || lines.length === 0 ? (
        <>
          <p>{t("empty")}</p>
          <p>
            <a className="button" href={localePath(locale, "/")}>
              {t("browse")}
            </a>
          </p>
        </>
      ) : (
        <div className="shop-columns">
          <div>
            <section className="panel" aria-labelledby="cart-items-title">
              <h2 id="cart-items-title" className="visually-hidden">
                {t("itemsLabel")}
              </h2>
              <ul className="cart-lines">
                {lines.map((line) => {
                  return (
                    <li key={line.id} className="cart-line">
                      {line.thumbnail ? (
                        // eslint-disable-next-line @next/next/no-img-element -- small, lazy, backend-served thumbnail
                        <img src={line.thumbnail} alt="" width={80} height={80} loading="lazy" decoding="async" />
                      ) : (
                        <span className="cart-noimage" aria-hidden="true" />
                      )}
                      <div>
                        <h3>
                          {line.productHandle ? (
                            <a href={productPath(locale, line.productHandle)}>{line.productTitle}</a>
                          ) : (
                            line.productTitle
                          )}
                        </h3>
                        {line.variantLabel && <p className="cart-line-meta">{line.variantLabel}</p>}
                        <p className="cart-line-meta">{t("unitPrice", { price: money(line.unitPrice) })}</p>
                        <p>
                          <strong>{t("lineTotal", { price: money(line.subtotal) })}</strong>
                        </p>
                      </div>
                      <CartLineForm
                        lineId={line.id}
                        quantity={line.quantity}
                        locale={locale}
                        currency={currency}
                        strings={{
                          quantity: t("quantityOf", { title: line.productTitle }),
                          update: t("update"),
                          remove: t("remove"),
                          removeLabel: t("removeLabel", { title: line.productTitle }),
                        }}
                      />
                    </li>
                  )
                })}
              </ul>
            </section>
            <section className="panel gift-note" aria-labelledby="gift-note-title">
              <GiftNoteForm
                note={cart.giftNote}
                max={GIFT_NOTE_MAX}
                locale={locale}
                currency={currency}
                strings={{
                  title: t("giftNote.title"),
                  label: t("giftNote.label"),
                  hint: t("giftNote.hint", { max: GIFT_NOTE_MAX }),
                  save: t("giftNote.save"),
                  counter: `{n} / ${GIFT_NOTE_MAX}`,
                }}
              />
            </section>
          </div>
          <aside className="panel" aria-labelledby="cart-summary-title">
            <h2 id="cart-summary-title">{t("subtotal")}</h2>
            <dl className="totals">
              <div>
                <dt>{t("itemCount", { count: cart.itemCount })}</dt>
                <dd>{money(cart.itemSubtotal)}</dd>
              </div>
            </dl>
            <p className="field-hint">{t("shippingNote")}</p>
            <p>
              <a className="button button-wide" href={checkoutPath(locale)}>
                {t("checkout")}
              </a>
            </p>
            <p>
              <a href={localePath(locale, "/")}>{t("continue")}</a>
            </p>
          </aside>
        </div>
      )}
    </div>
  )
}
