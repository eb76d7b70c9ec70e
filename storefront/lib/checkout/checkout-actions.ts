"use server"
/**
 * Placing an order and finding one again, as server actions (useActionState, plain form posts without
 * JavaScript). Every field is validated here (zod); what the buyer typed comes back with the messages.
 */
import { redirect } from "next/navigation"
import { DEFAULT_LOCALE, INTL_LOCALE, isLocale, type Locale } from "../i18n/config"
import type { Currency } from "../i18n/market"
import { localePath } from "../i18n/paths"
import {
  chooseBankTransfer,
  completeCart,
  listShippingOptions,
  retrieveCart,
  setShippingMethod,
  startCardPayment,
  updateCart,
  type Cart,
} from "../medusa/cart"
import { lookupOrder } from "../medusa/orders"
import { formatPrice } from "../money"
import { forgetCart } from "../session"
import { indonesianToMedusa, internationalToMedusa } from "./address"
import { currentCart } from "./cart-session"
import type { FormState } from "./form-state"
import {
  FAILURE_KEYS,
  cardPaymentKey,
  completePaidCart,
  errorFailure,
  paymentChoice,
  refusalFailure,
  type PaymentChoice,
} from "./payment"
import { formCurrency, formLocale, looseT, translateErrors, type LooseT } from "./request"
import {
  ID_FIELDS,
  INTL_FIELDS,
  emailSchema,
  fieldErrors,
  formValues,
  indonesianAddressSchema,
  internationalAddressSchema,
  orderLookupSchema,
  shippingChoiceSchema,
} from "./schemas"

/** One checkout submission: where it came from, what was typed, and how to answer with an error. */
type Checkout = {
  locale: Locale
  currency: Currency
  t: LooseT
  values: Record<string, string>
  payment: PaymentChoice
  fail: (message: string, errors?: Record<string, string>) => FormState
}

function readCheckout(form: FormData): Checkout {
  const locale = formLocale(form)
  const currency = formCurrency(form, locale)
  const fields = currency === "idr" ? ID_FIELDS : INTL_FIELDS
  const values = formValues(form, ["email", "shipping_option", "payment", ...fields])
  return {
    locale,
    currency,
    t: looseT(locale, "checkout"),
    values,
    payment: paymentChoice(values.payment),
    fail: (message, errors = {}) => ({ status: "error", message, fieldErrors: errors, values }),
  }
}

/**
 * The steps every payment shares: validate every field at once, then save email, address and shipping method
 * to the cart. Answers the cart with its new total, or the form state to show.
 */
async function saveCheckout(c: Checkout): Promise<{ cart: Cart } | { state: FormState }> {
  const { t, values, locale, fail } = c
  const indonesian = c.currency === "idr"
  const cart = await currentCart(locale, c.currency)
  if (!cart || cart.lines.length === 0) return { state: fail(t("errors.cartGone")) }

  // Validate everything at once: every message next to its field in one answer.
  const email = emailSchema.safeParse(values.email)
  const address = indonesian
    ? indonesianAddressSchema.safeParse(values)
    : internationalAddressSchema(cart.countries).safeParse(values)
  const shipping = shippingChoiceSchema.safeParse(values.shipping_option)
  const errors: Record<string, string> = {
    ...(email.success ? {} : { email: email.error.issues[0].message }),
    ...(address.success ? {} : fieldErrors(address.error)),
    ...(shipping.success ? {} : { shipping_option: shipping.error.issues[0].message }),
  }
  const translated = translateErrors(errors, (key) => t(`errors.${key}`))
  if (!email.success || !address.success || !shipping.success) {
    return { state: fail(t("errorSummary", { count: Object.keys(translated).length }), translated) }
  }

  const medusaAddress = indonesian
    ? indonesianToMedusa(address.data as Parameters<typeof indonesianToMedusa>[0])
    : internationalToMedusa(address.data as Parameters<typeof internationalToMedusa>[0])
  try {
    await updateCart(
      cart.id,
      { email: email.data, shipping_address: medusaAddress, billing_address: medusaAddress, metadata: { locale } },
      locale
    )
  } catch {
    return { state: fail(t("errors.address")) }
  }

  const options = await listShippingOptions(cart.id)
  if (!options.some((o) => o.id === shipping.data)) {
    return { state: fail(t("errorSummary", { count: 1 }), { shipping_option: t("errors.shippingOption") }) }
  }
  await setShippingMethod(cart.id, shipping.data)

  const priced = await retrieveCart(cart.id, locale)
  if (!priced) return { state: fail(t("errors.cartGone")) }
  return { cart: priced }
}

/** The card step: the Stripe payment for the cart's total (started, or the one already started for it). */
async function cardStep(c: Checkout, cart: Cart): Promise<FormState> {
  if (!(await cardPaymentKey(cart.regionId))) return c.fail(c.t("card.unavailable"))
  const session = await startCardPayment(cart)
  return {
    status: "card",
    clientSecret: session.clientSecret,
    payLabel: c.t("card.pay", { amount: formatPrice(cart.total, cart.currencyCode, INTL_LOCALE[c.locale]) }),
    values: c.values,
  }
}

/** The order is placed: the cart is forgotten and the buyer sees her order. Throws (redirect). */
async function showOrder(locale: Locale, orderId: string): Promise<never> {
  await forgetCart()
  redirect(localePath(locale, `/order/${orderId}`))
}

/**
 * The checkout form's action. Bank transfer: saves everything and places the order. Card: saves everything the
 * same way and answers with the card step (status "card"); the browser confirms the payment with Stripe, then
 * calls completeCardOrder.
 */
export async function placeOrder(_prev: FormState, form: FormData): Promise<FormState> {
  const c = readCheckout(form)
  const failure = (key: string) => c.fail(c.t(key))

  let orderId: string
  try {
    const saved = await saveCheckout(c)
    if ("state" in saved) return saved.state
    if (c.payment === "card") return await cardStep(c, saved.cart)

    await chooseBankTransfer(saved.cart)
    const result = await completeCart(saved.cart.id)
    if (result.type === "cart") return failure(FAILURE_KEYS[refusalFailure(result.message, "bank-transfer")])
    orderId = result.orderId
  } catch (error) {
    return failure(FAILURE_KEYS[errorFailure(error)])
  }

  // Outside the try: redirect() works by throwing.
  return showOrder(c.locale, orderId)
}

/**
 * After Stripe confirmed the card payment in the browser: places the order and shows it, or answers why not
 * (translated). The argument comes from the browser, so it is checked like any form field.
 */
export async function completeCardOrder(locale: string): Promise<{ message: string }> {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE
  const outcome = await completePaidCart()
  if ("failure" in outcome) return { message: looseT(lang, "checkout")(FAILURE_KEYS[outcome.failure]) }
  return showOrder(lang, outcome.orderId)
}

export async function findOrder(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const t = looseT(locale, "checkout")
  const values = formValues(form, ["orderNumber", "email"])
  const parsed = orderLookupSchema.safeParse(values)
  if (!parsed.success) {
    const errors = translateErrors(fieldErrors(parsed.error), (key) => t(`errors.${key}`))
    return { status: "error", message: t("errorSummary", { count: Object.keys(errors).length }), fieldErrors: errors, values }
  }
  let id: string | null
  try {
    id = await lookupOrder(parsed.data.orderNumber, parsed.data.email)
  } catch {
    return { status: "error", message: t("errors.backend"), values }
  }
  if (!id) return { status: "error", message: t("lookup.notFound"), values }
  redirect(localePath(locale, `/order/${id}`))
}
