"use server"
/**
 * Cart changes as server actions (useActionState; they work as plain form posts without JavaScript too).
 * Each answers with a translated message; a backend refusal becomes a message, never a crash.
 */
import { cartPath } from "../i18n/paths"
import { getProduct, getRegion } from "../medusa/catalog"
import { addLineItem, updateCart, updateLineItem, variantQuantityNow, type Cart } from "../medusa/cart"
import { optionTitle } from "../i18n/translate"
import { forgetCart, saveCart } from "../session"
import { cartToChange, currentCart } from "./cart-session"
import { cartErrorKind, stockMessage } from "./errors"
import type { FormState } from "./form-state"
import { formCurrency, formLocale, looseT } from "./request"
import { GIFT_NOTE_MAX, MAX_QUANTITY, giftNoteSchema, lineQuantitySchema, quantitySchema } from "./schemas"

const LIMITS = { max: MAX_QUANTITY }

function inCart(cart: Cart | null, variantId: string): number {
  return (cart?.lines ?? []).filter((l) => l.variantId === variantId).reduce((sum, l) => sum + l.quantity, 0)
}

export async function addToCart(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const currency = formCurrency(form, locale)
  const t = looseT(locale, "cart")
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && (key === "quantity" || key.startsWith("option_"))) values[key] = value
  }
  const fail = (message: string): FormState => ({ status: "error", message, values })

  const handle = form.get("handle")
  if (typeof handle !== "string") return fail(t("errors.notAvailable"))
  let product
  try {
    product = await getProduct(handle, (await getRegion(currency)).id, locale)
  } catch {
    return fail(t("errors.unknown"))
  }
  if (!product) return fail(t("errors.notAvailable"))

  const missing = product.options.filter((o) => !o.values.some((v) => v.value === form.get(`option_${o.id}`)))
  if (missing.length > 0) {
    return fail(t("errors.chooseOptions", { options: missing.map((o) => optionTitle(locale, o.title).toLowerCase()).join(", ") }))
  }
  const variant = product.variants.find((v) =>
    product.options.every((o) => v.options[o.id] === form.get(`option_${o.id}`))
  )
  if (!variant || variant.amount === null) return fail(t("errors.notAvailable"))
  if (variant.stock.kind === "sold_out") return fail(t("errors.soldOut"))

  const quantity = quantitySchema.safeParse(form.get("quantity") ?? "1")
  if (!quantity.success) return fail(t(`errors.${quantity.error.issues[0]?.message ?? "quantity"}`, LIMITS))

  let cart: Cart | null = null
  try {
    cart = await cartToChange(locale, currency)
    const updated = await addLineItem(cart.id, variant.id, quantity.data, locale)
    await saveCart(updated.id, updated.itemCount)
    return {
      status: "success",
      message: t("buyBox.added", { count: quantity.data }),
      values,
      cartCount: updated.itemCount,
      link: { href: cartPath(locale), label: t("buyBox.viewCart") },
    }
  } catch (error) {
    const kind = cartErrorKind(error)
    if (kind === "insufficientInventory") {
      const available = await variantQuantityNow(product.id, variant.id)
      const already = inCart(cart, variant.id)
      if (available !== null && available > 0 && already > 0) {
        return fail(t("errors.onlyLeftInCart", { count: available, inCart: already }))
      }
      const { key, values: v } = stockMessage(kind, available)
      return fail(t(key, v))
    }
    if (kind === "cartGone") await forgetCart()
    return fail(t(`errors.${kind}`, { ...LIMITS, max: kind === "giftNoteTooLong" ? GIFT_NOTE_MAX : MAX_QUANTITY }))
  }
}

/** Changes a line's quantity, or removes it (button intent=remove, or quantity 0). */
export async function changeLine(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const currency = formCurrency(form, locale)
  const t = looseT(locale, "cart")
  const lineId = form.get("line_id")
  const remove = form.get("intent") === "remove"
  const values = { quantity: String(form.get("quantity") ?? "") }
  const fail = (message: string): FormState => ({ status: "error", message, values })
  if (typeof lineId !== "string") return fail(t("errors.unknown"))

  const parsed = remove ? { success: true as const, data: 0 } : lineQuantitySchema.safeParse(form.get("quantity"))
  if (!parsed.success) return fail(t(`errors.${parsed.error.issues[0]?.message ?? "quantity"}`, LIMITS))

  let cart: Cart | null = null
  try {
    cart = await currentCart(locale, currency)
    if (!cart) {
      await forgetCart()
      return fail(t("errors.cartGone"))
    }
    const line = cart.lines.find((l) => l.id === lineId)
    if (!line) return { status: "success", message: t("removed") }
    const updated = await updateLineItem(cart.id, line.id, parsed.data, locale)
    await saveCart(updated.id, updated.itemCount)
    return {
      status: "success",
      message: parsed.data === 0 ? t("removed") : t("updated"),
      cartCount: updated.itemCount,
    }
  } catch (error) {
    const kind = cartErrorKind(error)
    const line = cart?.lines.find((l) => l.id === lineId)
    if (kind === "insufficientInventory") {
      const available = line?.stock?.kind === "in_stock" ? line.stock.quantity : line?.stock?.kind === "sold_out" ? 0 : null
      const { key, values: v } = stockMessage(kind, available)
      return fail(t(key, v))
    }
    return fail(t(`errors.${kind}`, LIMITS))
  }
}

/** Saves the gift note on the cart (metadata.gift_note); an empty note removes it. */
export async function saveGiftNote(_prev: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const currency = formCurrency(form, locale)
  const t = looseT(locale, "cart")
  const raw = typeof form.get("gift_note") === "string" ? (form.get("gift_note") as string) : ""
  const values = { gift_note: raw }
  const parsed = giftNoteSchema.safeParse(raw)
  if (!parsed.success) {
    const message = t("errors.giftNoteTooLong", { max: GIFT_NOTE_MAX })
    return { status: "error", message, fieldErrors: { gift_note: message }, values }
  }
  try {
    const cart = await currentCart(locale, currency)
    if (!cart) return { status: "error", message: t("errors.cartGone"), values }
    const updated = await updateCart(cart.id, { metadata: { gift_note: parsed.data, locale } }, locale)
    await saveCart(updated.id, updated.itemCount)
    return {
      status: "success",
      message: parsed.data ? t("giftNote.saved") : t("giftNote.removed"),
      values: { gift_note: parsed.data },
    }
  } catch (error) {
    const kind = cartErrorKind(error)
    return { status: "error", message: t(`errors.${kind}`, { max: GIFT_NOTE_MAX }), values }
  }
}
