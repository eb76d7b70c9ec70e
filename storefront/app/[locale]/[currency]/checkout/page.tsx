import type { Metadata } from "next"
import { CheckoutForm } from "@/components/checkout/CheckoutForm"
import { OrderSummary } from "@/components/checkout/OrderSummary"
import { countryName, medusaToForm } from "@/lib/checkout/address"
import { currentCart } from "@/lib/checkout/cart-session"
import { NOTICE_KEYS, cardNotice, cardPaymentKey } from "@/lib/checkout/payment"
import { PROVINCES } from "@/lib/checkout/provinces"
import { looseT } from "@/lib/checkout/request"
import { INTL_LOCALE } from "@/lib/i18n/config"
import { accountPath, cartPath, checkoutPath, localePath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { listShippingOptions, type Cart, type ShippingOption } from "@/lib/medusa/cart"
import { getCustomer } from "@/lib/medusa/customer"
import { formatPrice } from "@/lib/money"
import { shopParams, type ShopParams } from "@/lib/route-params"
import { readCustomerToken } from "@/lib/session"
import "@/components/checkout/forms.css"

type Props = { params: Promise<ShopParams>; searchParams: Promise<Record<string, string | string[] | undefined>> }

// Shipping option types (their `code` in the backend's seed) with a name in the catalogue.
const SHIPPING_KEYS: Record<string, string> = {
  courier: "courier",
  "courier-international": "courierInternational",
  pickup: "pickup",
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = shopParams(await params)
  const t = getT(locale, "checkout")
  return { title: t("title"), description: t("description"), robots: { index: false }, alternates: { canonical: checkoutPath(locale) } }
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { locale, currency } = shopParams(await params)
  // Back from Stripe's redirect without an order (card-return route): why.
  const notice = cardNotice((await searchParams).card)
  const t = getT(locale, "checkout")
  const loose = looseT(locale, "checkout")
  const cartT = getT(locale, "cart")
  const intl = INTL_LOCALE[locale]
  const indonesian = currency === "idr"

  let cart: Cart | null = null
  let options: ShippingOption[] = []
  let stripeKey: string | null = null
  let failed = false
  try {
    cart = await currentCart(locale, currency)
    if (cart && cart.lines.length > 0) {
      ;[options, stripeKey] = await Promise.all([listShippingOptions(cart.id), cardPaymentKey(cart.regionId)])
    }
  } catch {
    failed = true
  }
  const token = await readCustomerToken()
  const customer = token ? await getCustomer(token).catch(() => null) : null

  if (failed || !cart || cart.lines.length === 0) {
    return (
      <div className="container shop-page">
        <h1>{t("title")}</h1>
        {notice && !failed && (
          <p role="alert" className="form-error">
            {loose(NOTICE_KEYS[notice])}
          </p>
        )}
        {failed ? (
          <p role="alert" className="form-error">
            {cartT("errors.unknown")}
          </p>
        ) : (
          <p>{t("empty")}</p>
        )}
        <p>
          <a className="button" href={cartPath(locale)}>
            {t("backToCart")}
          </a>
        </p>
      </div>
    )
  }

  const money = (amount: number) => formatPrice(amount, cart.currencyCode, intl)
  const initial: Record<string, string> = {
    ...medusaToForm(cart.shippingAddress, indonesian ? "id" : "intl"),
    email: cart.email ?? customer?.email ?? "",
    shipping_option: cart.shippingOptionId ?? "",
    // Back from a card payment that did not go through: card stays chosen, to try again.
    payment: notice && stripeKey ? "card" : "bank-transfer",
  }
  const countries = cart.countries
    .map((code) => ({ value: code, label: countryName(code, intl) }))
    .sort((a, b) => a.label.localeCompare(b.label, intl))
  const optionLabel = (o: ShippingOption) => {
    const key = o.code ? SHIPPING_KEYS[o.code] : undefined
    return key ? loose(`shipping.${key}`) : o.name
  }

  return (
    <div className="container shop-page">
      <h1>{t("title")}</h1>
      <p className="shop-lead">
        {customer ? (
          t("loggedInAs", { email: customer.email })
        ) : (
          <>
            {t("guestNote")} <a href={accountPath(locale)}>{t("login")}</a>
          </>
        )}
      </p>
      <div className="shop-columns">
        <CheckoutForm
          locale={locale}
          currency={currency}
          indonesian={indonesian}
          initial={initial}
          provinces={PROVINCES}
          countries={countries}
          shippingOptions={options.map((o) => ({
            id: o.id,
            label: optionLabel(o),
            price: o.amount === 0 ? t("shipping.free") : money(o.amount),
          }))}
          strings={{
            contact: t("steps.contact"),
            address: t("steps.address"),
            shipping: t("steps.shipping"),
            payment: t("steps.payment"),
            email: t("fields.email"),
            emailHint: t("fields.emailHint"),
            name: t("fields.name"),
            phone: t("fields.phone"),
            phoneHint: t("fields.phoneHint"),
            phoneOptional: t("fields.phoneOptional"),
            phoneOptionalHint: t("fields.phoneOptionalHint"),
            streetAddress: t("fields.address"),
            addressHint: t("fields.addressHint"),
            province: t("fields.province"),
            chooseProvince: t("fields.chooseProvince"),
            city: t("fields.city"),
            district: t("fields.district"),
            postalCode: t("fields.postalCode"),
            postalCodeHint: t("fields.postalCodeHint"),
            country: t("fields.country"),
            chooseCountry: t("fields.chooseCountry"),
            address1: t("fields.address1"),
            address2: t("fields.address2"),
            state: t("fields.state"),
            noShipping: t("shipping.none"),
            bankTransfer: t("payment.bankTransfer"),
            bankTransferExplain: t("payment.explain"),
            placeOrder: t("placeOrder"),
            placing: t("placing"),
            card: t("payment.card"),
            cardExplain: t("payment.cardExplain"),
            cardNeedsJs: t("payment.cardNeedsJs"),
            continueToCard: t("payment.continueToCard"),
            preparingCard: t("payment.preparingCard"),
          }}
          card={
            stripeKey
              ? {
                  publishableKey: stripeKey,
                  returnPath: localePath(locale, "/checkout/card-return"),
                  strings: {
                    title: t("card.title"),
                    lead: t("card.lead"),
                    loading: t("card.loading"),
                    processing: t("card.processing"),
                    loadFailed: t("card.loadFailed"),
                    needsJs: t("card.needsJs"),
                    tryAgain: t("card.tryAgain"),
                    chooseBankTransfer: t("card.chooseBankTransfer"),
                    failed: t("card.failed"),
                    notPlaced: t("errors.backend"),
                  },
                }
              : null
          }
          notice={notice ? loose(NOTICE_KEYS[notice]) : undefined}
        />
        <aside className="panel" aria-labelledby="summary-title">
          <h2 id="summary-title">{t("summary.title")}</h2>
          <OrderSummary
            lines={cart.lines.map((l) => ({ ...l, title: l.productTitle, variant: l.variantLabel }))}
            totals={{ ...cart, shippingTotal: cart.shippingOptionId ? cart.shippingTotal : null }}
            currencyCode={cart.currencyCode}
            locale={locale}
          />
          {cart.giftNote && (
            <>
              <h3>{t("summary.giftNote")}</h3>
              <p>{cart.giftNote}</p>
            </>
          )}
          <p>
            <a href={cartPath(locale)}>{t("backToCart")}</a>
          </p>
        </aside>
      </div>
    </div>
  )
}
