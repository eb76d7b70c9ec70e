/**
 * The buyer's current cart: the one in her cookie when it can still be used, in the page's currency.
 * An unknown, expired, completed or someone else's cart counts as none; a new one starts quietly on the
 * next change. Pages only read (no cookie can be written while rendering); actions also create and save.
 */
import type { Locale } from "../i18n/config"
import type { Currency } from "../i18n/market"
import { getRegion } from "../medusa/catalog"
import { attachCartToCustomer, createCart, retrieveCart, updateCart, type Cart } from "../medusa/cart"
import { cartIsUsable } from "./cart-rules"
import { readCartId, readCustomerToken, saveCart, tokenActorId } from "../session"


/** The cart in the page's currency: a cart in the other region is moved there, so Medusa re-prices it. */
async function inCurrency(cart: Cart, currency: Currency, locale: Locale): Promise<Cart> {
  if (cart.currencyCode === currency) return cart
  const region = await getRegion(currency)
  return updateCart(cart.id, { region_id: region.id }, locale)
}

/** For pages: the usable cart in the page's currency, or null. */
export async function currentCart(locale: Locale, currency: Currency): Promise<Cart | null> {
  const id = await readCartId()
  if (!id) return null
  const cart = await retrieveCart(id, locale)
  if (!cartIsUsable(cart, tokenActorId(await readCustomerToken()))) return null
  return inCurrency(cart!, currency, locale)
}

/** For actions: the usable cart, or a new one (remembered in the cookie) when there is none. */
export async function cartToChange(locale: Locale, currency: Currency): Promise<Cart> {
  const existing = await currentCart(locale, currency)
  if (existing) return existing
  const region = await getRegion(currency)
  const cart = await createCart({ regionId: region.id, locale })
  const token = await readCustomerToken()
  if (token) {
    // Her cart from the start: her email at checkout, her order in her history.
    await attachCartToCustomer(cart.id, token).catch(() => undefined)
  }
  await saveCart(cart.id, 0)
  return cart
}
