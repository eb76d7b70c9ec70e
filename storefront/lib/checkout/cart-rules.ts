import type { Cart } from "../medusa/cart"

/**
 * Whether a cart from the cookie may be used by this visitor (customer id from her token, or null):
 * not once it is ordered, and not when it belongs to another customer.
 */
export function cartIsUsable(cart: Pick<Cart, "completed" | "customerId"> | null, customerId: string | null): boolean {
  if (!cart || cart.completed) return false
  return !cart.customerId || cart.customerId === customerId
}
