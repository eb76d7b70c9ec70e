/**
 * How the buyer pays: bank transfer (always) or card through Stripe (when the store has it), and what happens
 * after a card payment. Server-only; the checkout's actions, page and card-return route share it.
 */
import { getStripePublishableKey } from "../config"
import { STRIPE_PROVIDER, completeCart, listPaymentProviders } from "../medusa/cart"
import { readCartId } from "../session"
import { cartErrorKind } from "./errors"

export type PaymentChoice = "bank-transfer" | "card"

/** The form's `payment` field: anything but "card" is a bank transfer (the default, as before cards). */
export function paymentChoice(value: unknown): PaymentChoice {
  return value === "card" ? "card" : "bank-transfer"
}

/** Card payment is offered only when the region lists Stripe's provider and the storefront has Stripe's key. */
export function cardOffered(providerIds: readonly string[], publishableKey: string | null): boolean {
  return Boolean(publishableKey) && providerIds.includes(STRIPE_PROVIDER)
}

/** Stripe's publishable key when a cart in this region can be paid by card, else null (bank transfer only). */
export async function cardPaymentKey(regionId: string | null): Promise<string | null> {
  const key = getStripePublishableKey()
  // Without the key nothing changes, not even a request for the providers.
  if (!key || !regionId) return null
  return cardOffered(await listPaymentProviders(regionId), key) ? key : null
}

/** Why an order was not placed, each with its message in the "checkout" catalogue. */
export type OrderFailure = "stock" | "cartGone" | "backend" | "cardNotPaid"

export const FAILURE_KEYS: Record<OrderFailure, string> = {
  stock: "errors.stock",
  cartGone: "errors.cartGone",
  backend: "errors.backend",
  cardNotPaid: "errors.cardNotPaid",
}

/**
 * Medusa's refusal to complete a cart (its `error.message`). Short stock is said as such; otherwise, after a card
 * payment, the payment did not go through (the backend checks the PaymentIntent); for a bank transfer, a fault.
 */
export function refusalFailure(message: string, payment: PaymentChoice): OrderFailure {
  if (/inventory/i.test(message)) return "stock"
  return payment === "card" ? "cardNotPaid" : "backend"
}

/** A failed request while placing the order. */
export function errorFailure(error: unknown): OrderFailure {
  const kind = cartErrorKind(error)
  return kind === "insufficientInventory" ? "stock" : kind === "cartGone" ? "cartGone" : "backend"
}

/**
 * Places the order of the cart in the cookie once its card payment is confirmed (in the page, or by Stripe's
 * redirect). The cart is completed as it is: the backend checks that its PaymentIntent succeeded, and a cart
 * that Stripe's webhook completed meanwhile answers with the same order.
 */
export async function completePaidCart(): Promise<{ orderId: string } | { failure: OrderFailure }> {
  const cartId = await readCartId()
  if (!cartId) return { failure: "cartGone" }
  try {
    const result = await completeCart(cartId)
    if (result.type === "order") return { orderId: result.orderId }
    return { failure: refusalFailure(result.message, "card") }
  } catch (error) {
    return { failure: errorFailure(error) }
  }
}

/** What the checkout page says after Stripe's redirect brought the buyer back without an order (`?card=`). */
export type CardNotice = OrderFailure | "declined"

const NOTICES: readonly CardNotice[] = ["declined", "stock", "cartGone", "backend", "cardNotPaid"]

export function cardNotice(value: unknown): CardNotice | null {
  return NOTICES.includes(value as CardNotice) ? (value as CardNotice) : null
}

export const NOTICE_KEYS: Record<CardNotice, string> = { ...FAILURE_KEYS, declined: "card.declined" }
