"use server"
/**
 * Placing an order and finding one again, as server actions (useActionState, plain form posts without
 * JavaScript). Every field is validated here (zod); what the buyer typed comes back with the messages.
 */
import { redirect } from "next/navigation"
import { localePath } from "../i18n/paths"
import {
  chooseBankTransfer,
  completeCart,
  listShippingOptions,
  retrieveCart,
  setShippingMethod,
  updateCart,
} from "../medusa/cart"
import { lookupOrder } from "../medusa/orders"
import { forgetCart } from "../session"
import { indonesianToMedusa, internationalToMedusa } from "./address"
import { currentCart } from "./cart-session"
import { cartErrorKind } from "./errors"
import type { FormState } from "./form-state"
import { formCurrency, formLocale, looseT, translateErrors } from "./request"
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

export async function placeOrder(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const currency = formCurrency(form, locale)
  const t = looseT(locale, "checkout")
  const indonesian = currency === "idr"
  const values = formValues(form, ["email", "shipping_option", ...(indonesian ? ID_FIELDS : INTL_FIELDS)])
  const fail = (message: string, errors: Record<string, string> = {}): FormState => ({
    status: "error",
    message,
    fieldErrors: errors,
    values,
  })

  let orderId: string
  try {
    const cart = await currentCart(locale, currency)
    if (!cart || cart.lines.length === 0) return fail(t("errors.cartGone"))

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
      return fail(t("errorSummary", { count: Object.keys(translated).length }), translated)
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
      return fail(t("errors.address"))
    }

    const options = await listShippingOptions(cart.id)
    if (!options.some((o) => o.id === shipping.data)) {
      const message = t("errors.shippingOption")
      return fail(t("errorSummary", { count: 1 }), { shipping_option: message })
    }
    await setShippingMethod(cart.id, shipping.data)

    const priced = await retrieveCart(cart.id, locale)
    if (!priced) return fail(t("errors.cartGone"))
    await chooseBankTransfer(priced)

    const result = await completeCart(cart.id)
    if (result.type === "cart") {
      return fail(/inventory/i.test(result.message) ? t("errors.stock") : t("errors.backend"))
    }
    orderId = result.orderId
  } catch (error) {
    const kind = cartErrorKind(error)
    return fail(
      kind === "insufficientInventory" ? t("errors.stock") : kind === "cartGone" ? t("errors.cartGone") : t("errors.backend")
    )
  }

  // Outside the try: redirect() works by throwing.
  await forgetCart()
  redirect(localePath(locale, `/order/${orderId}`))
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
