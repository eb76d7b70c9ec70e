/**
 * The number of items in the cart, mirrored in a cookie readable by the browser so that static pages can
 * show it without a request. Set by the cart's server actions; the cart itself stays in an httpOnly cookie.
 */
export const CART_COUNT_COOKIE = "rk_cart_count"

/** Dispatched on window after a client-side cart change, so the header's count updates at once. */
export const CART_CHANGED_EVENT = "rk:cart-changed"

const MAX_COUNT = 999

/** The cart count as the header shows it: a whole number from 0 to 999. */
export function clampCount(count: number): number {
  return Number.isFinite(count) && count > 0 ? Math.min(Math.floor(count), MAX_COUNT) : 0
}

export function readCartCount(cookieHeader: string): number {
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=")
    if (name === CART_COUNT_COOKIE) return clampCount(Number.parseInt(value ?? "", 10))
  }
  return 0
}
