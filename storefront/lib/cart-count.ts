/**
 * The number of items in the cart, mirrored in a cookie readable by the browser so that static pages can
 * show it without a request. Set by the cart's server actions; the cart itself stays in an httpOnly cookie.
 */
export const CART_COUNT_COOKIE = "rk_cart_count"

/** Dispatched on window after a client-side cart change, so the header's count updates at once. */
export const CART_CHANGED_EVENT = "rk:cart-changed"

const MAX_COUNT = 999

export function readCartCount(cookieHeader: string): number {
  for (const part of cookieHeader.split(";")) {
    const [name, value] = part.trim().split("=")
    if (name === CART_COUNT_COOKIE) {
      const n = Number.parseInt(value ?? "", 10)
      return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_COUNT) : 0
    }
  }
  return 0
}
