/**
 * Backend refusals as the buyer should read them: each failed request becomes one message key of the
 * "cart" catalogue's `errors`, never a crash and never Medusa's own English text.
 */
import { httpError } from "../medusa/client"

export type CartErrorKind =
  | "insufficientInventory"
  | "quantityMax"
  | "giftNoteTooLong"
  | "cartGone"
  | "notAvailable"
  | "unknown"

/** What went wrong with a cart request (docs/checkout-api.md, "Stock" and "Cart and order metadata"). */
export function cartErrorKind(error: unknown): CartErrorKind {
  const { status, message } = httpError(error)
  const text = message.toLowerCase()
  // Medusa's "Some variant does not have the required inventory" (the SDK's errors carry no `code`).
  if (text.includes("inventory")) return "insufficientInventory"
  if (text.includes("quantity must be a whole number")) return "quantityMax"
  if (text.includes("gift_note")) return "giftNoteTooLong"
  if (status === 404) return "cartGone"
  // Completed carts, variants not sold in the region, prices missing: the buyer can't fix these by retrying.
  if (text.includes("completed") || text.includes("do not have a price") || text.includes("not associated"))
    return "notAvailable"
  return "unknown"
}

/** The message key for a failed add or quantity change, with "only N left" when the stock is known. */
export function stockMessage(kind: CartErrorKind, available: number | null): { key: string; values?: { count: number } } {
  if (kind === "insufficientInventory") {
    if (available !== null && available > 0) return { key: "errors.onlyLeft", values: { count: available } }
    if (available !== null && available <= 0) return { key: "errors.soldOut" }
    return { key: "errors.insufficientInventory" }
  }
  return { key: `errors.${kind}` }
}
