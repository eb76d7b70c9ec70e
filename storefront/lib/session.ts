/**
 * The buyer's session in cookies: her cart (rk_cart_id, httpOnly), the item count the header shows
 * (rk_cart_count, readable by the browser) and, once she logs in, her customer JWT (rk_customer, httpOnly).
 * A maker's session in the portal is its own cookie (rk_maker, httpOnly): her maker JWT, never mixed with a
 * buyer's session on the same phone.
 * Reading works anywhere on the server; writing only in server actions and route handlers.
 * Public pages never call these (they stay static): only cart, checkout, order and account pages do.
 */
import { cookies } from "next/headers"
import { CART_COUNT_COOKIE, clampCount } from "./cart-count"
import { getStorefrontUrl } from "./config"

export const CART_COOKIE = "rk_cart_id"
export const CUSTOMER_COOKIE = "rk_customer"
export const MAKER_COOKIE = "rk_maker"

const THIRTY_DAYS = 60 * 60 * 24 * 30
/** Medusa's default jwtExpiresIn ("1d"; backend/medusa-config.ts sets none): a maker token without `exp`. */
export const MAKER_TOKEN_LIFETIME = 60 * 60 * 24

// Medusa ids are a prefix and a ULID; anything else never reaches the backend.
const CART_ID_PATTERN = /^cart_[0-9A-HJKMNP-TV-Z]{26}$/
// A JWT: three base64url parts.
const JWT_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

export function isCartId(value: unknown): value is string {
  return typeof value === "string" && CART_ID_PATTERN.test(value)
}

export function isJwt(value: unknown): value is string {
  return typeof value === "string" && value.length < 4096 && JWT_PATTERN.test(value)
}

export type CookieOptions = {
  path: string
  httpOnly: boolean
  sameSite: "lax"
  secure: boolean
  maxAge: number
}

/** Options of the httpOnly session cookies: Secure when the storefront is served over https. */
export function sessionCookieOptions(storefrontUrl: string, maxAge = THIRTY_DAYS): CookieOptions {
  return { path: "/", httpOnly: true, sameSite: "lax", secure: storefrontUrl.startsWith("https:"), maxAge }
}

/** Seconds until a JWT's `exp` (at least one minute, at most 30 days); `fallback` (30 days) when it has none. */
export function tokenMaxAge(token: string, now = Date.now(), fallback = THIRTY_DAYS): number {
  const exp = jwtPayload(token)?.exp
  if (typeof exp !== "number") return Math.min(THIRTY_DAYS, fallback)
  return Math.min(THIRTY_DAYS, Math.max(60, Math.floor(exp - now / 1000)))
}

function jwtPayload(token: string): Record<string, unknown> | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
    return payload && typeof payload === "object" ? (payload as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/**
 * The customer id a JWT names (its `actor_id`), unverified: only used to tell whether a cart is hers; the
 * backend checks the signature on every request that acts for her.
 */
export function tokenActorId(token: string | null): string | null {
  if (!token) return null
  const id = jwtPayload(token)?.actor_id
  return typeof id === "string" && id ? id : null
}

/** The cart id from the cookie, when it looks like one (garbage counts as no cart). */
export async function readCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  return isCartId(value) ? value : null
}

export async function readCustomerToken(): Promise<string | null> {
  const value = (await cookies()).get(CUSTOMER_COOKIE)?.value
  return isJwt(value) ? value : null
}

/** Remembers the cart and the number of items in it (for the header). Server actions only. */
export async function saveCart(cartId: string, itemCount: number): Promise<void> {
  const store = await cookies()
  const options = sessionCookieOptions(getStorefrontUrl())
  store.set(CART_COOKIE, cartId, options)
  store.set(CART_COUNT_COOKIE, String(clampCount(itemCount)), { ...options, httpOnly: false })
}

/** Forgets the cart (after an order, or when it is gone). Server actions only. */
export async function forgetCart(): Promise<void> {
  const store = await cookies()
  store.delete(CART_COOKIE)
  store.delete(CART_COUNT_COOKIE)
}

export async function saveCustomerToken(token: string): Promise<void> {
  ;(await cookies()).set(CUSTOMER_COOKIE, token, sessionCookieOptions(getStorefrontUrl(), tokenMaxAge(token)))
}

export async function forgetCustomer(): Promise<void> {
  ;(await cookies()).delete(CUSTOMER_COOKIE)
}

/** The maker's JWT from her cookie, when it looks like one. Portal pages only. */
export async function readMakerToken(): Promise<string | null> {
  const value = (await cookies()).get(MAKER_COOKIE)?.value
  return isJwt(value) ? value : null
}

/** Keeps her maker JWT exactly as long as it is valid. Server actions and route handlers only. */
export async function saveMakerToken(token: string): Promise<void> {
  ;(await cookies()).set(
    MAKER_COOKIE,
    token,
    sessionCookieOptions(getStorefrontUrl(), tokenMaxAge(token, Date.now(), MAKER_TOKEN_LIFETIME))
  )
}

export async function forgetMaker(): Promise<void> {
  ;(await cookies()).delete(MAKER_COOKIE)
}
