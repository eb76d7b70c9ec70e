/**
 * One of her products for a product screen: her token (or the login page), the product (or /maker/expired
 * when her login ended, 404 when it is not hers), or null when the backend could not answer now.
 */
import { notFound } from "next/navigation"
import type { Locale } from "../i18n/config"
import { getMakerProduct } from "../medusa/maker"
import type { PortalProduct } from "../medusa/maker-shapes"
import { decodeHandle } from "../route-params"
import { leaveOnFailure, requireMakerToken } from "./portal-session"

export async function loadProduct(locale: Locale, rawId: string): Promise<PortalProduct | null> {
  const token = await requireMakerToken(locale)
  const id = decodeHandle(rawId)
  // Backend ids are a prefix and a ULID: anything else is no product of hers.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound()
  const result = await getMakerProduct(token, id)
  if (result.ok) return result.product
  leaveOnFailure(locale, result.reason)
  return null
}

/** A message key from the address (?error=…), only when the catalogue has it. */
export function knownKey<T extends object>(keys: T, value: string | string[] | undefined): (keyof T & string) | null {
  return typeof value === "string" && Object.hasOwn(keys, value) ? (value as keyof T & string) : null
}
