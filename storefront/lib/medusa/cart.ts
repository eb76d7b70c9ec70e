/**
 * Carts and checkout through Medusa's store API (docs/checkout-api.md). Personal data: never cached.
 * Every read names its fields; lines are shown in the page's language with the products' own translations.
 */
import type { Locale } from "../i18n/config"
import { localized, optionValueLabel } from "./localize"
import { httpError, storeSend } from "./client"
import { variantStock } from "./stock"
import type { RawMetadata, RawVariant, StockState } from "./types"

export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_bank-transfer"
/** Medusa's Stripe provider (module @medusajs/payment-stripe, id "stripe"): cards through the Payment Element. */
export const STRIPE_PROVIDER = "pp_stripe_stripe"

const CART_FIELDS = [
  "id",
  "currency_code",
  "region_id",
  "email",
  "customer_id",
  "completed_at",
  "metadata",
  "item_subtotal",
  "subtotal",
  "shipping_total",
  "tax_total",
  "discount_total",
  "total",
  "items.id",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.total",
  "items.thumbnail",
  "items.product_id",
  "items.product_title",
  "items.product_handle",
  "items.variant_id",
  "items.variant_title",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.country_code",
  "shipping_methods.shipping_option_id",
  "*region.countries",
  "payment_collection.id",
  "payment_collection.payment_sessions.provider_id",
].join(",")

const LINE_PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "metadata",
  "options.id",
  "options.title",
  "variants.id",
  "variants.metadata",
  "variants.options.option_id",
  "variants.options.value",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_quantity",
].join(",")

export type RawAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
}

type RawCart = {
  id: string
  currency_code: string
  region_id: string | null
  email: string | null
  customer_id: string | null
  completed_at: string | null
  metadata: RawMetadata
  item_subtotal: number | null
  subtotal: number | null
  shipping_total: number | null
  tax_total: number | null
  discount_total: number | null
  total: number | null
  items:
    | {
        id: string
        quantity: number
        unit_price: number
        subtotal: number | null
        total: number | null
        thumbnail: string | null
        product_id: string | null
        product_title: string | null
        product_handle: string | null
        variant_id: string | null
        variant_title: string | null
      }[]
    | null
  shipping_address: RawAddress | null
  shipping_methods: { shipping_option_id: string | null }[] | null
  region?: { countries?: { iso_2: string }[] | null } | null
  payment_collection?: { id: string; payment_sessions?: { provider_id: string }[] | null } | null
}

type RawLineProduct = {
  id: string
  handle: string
  title: string
  metadata: RawMetadata
  options: { id: string; title: string }[] | null
  variants: (RawVariant & { id: string })[] | null
}

export type CartLine = {
  id: string
  productTitle: string
  productHandle: string | null
  /** Option values in the page's language ("Red / Small"); null for a product without choices. */
  variantLabel: string | null
  variantId: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  subtotal: number
  /** Stock of the variant now (fresh from the backend); null when unknown. */
  stock: StockState | null
}

export type Cart = {
  id: string
  currencyCode: string
  regionId: string | null
  email: string | null
  customerId: string | null
  completed: boolean
  giftNote: string
  itemCount: number
  itemSubtotal: number
  shippingTotal: number
  taxTotal: number
  discountTotal: number
  total: number
  lines: CartLine[]
  shippingAddress: RawAddress | null
  shippingOptionId: string | null
  /** ISO 3166-1 alpha-2 codes (lower case) of the countries the cart's region ships to. */
  countries: string[]
  paymentCollectionId: string | null
  hasBankTransferSession: boolean
}

export type ShippingOption = {
  id: string
  name: string
  /** "courier" | "pickup" | … (the option type's code), for a translated name. */
  code: string | null
  amount: number
}

function num(value: number | null | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0
}

export function toCart(raw: RawCart, products: RawLineProduct[] = [], locale: Locale = "id"): Cart {
  const byId = new Map(products.map((p) => [p.id, p]))
  const lines: CartLine[] = (raw.items ?? []).map((item) => {
    const product = item.product_id ? byId.get(item.product_id) : undefined
    const variant = product?.variants?.find((v) => v.id === item.variant_id)
    let variantLabel = item.variant_title?.trim() || null
    if (product && variant) {
      const values = (product.options ?? [])
        .map((option) => {
          const value = variant.options?.find((o) => o.option_id === option.id)?.value
          return value ? optionValueLabel(locale, option.title, value, variant.metadata) : null
        })
        .filter((v): v is string => Boolean(v))
      if (values.length > 0) variantLabel = values.join(" / ")
    }
    if (variantLabel && /^default( variant| option)?$/i.test(variantLabel)) variantLabel = null
    return {
      id: item.id,
      productTitle:
        (product && localized(locale, product.title, product.metadata, "title")) || item.product_title || "",
      productHandle: item.product_handle ?? product?.handle ?? null,
      variantLabel,
      variantId: item.variant_id,
      thumbnail: item.thumbnail,
      quantity: item.quantity,
      unitPrice: num(item.unit_price),
      subtotal: num(item.subtotal ?? item.unit_price * item.quantity),
      stock: variant ? variantStock(variant, null) : null,
    }
  })
  const note = raw.metadata?.gift_note
  return {
    id: raw.id,
    currencyCode: raw.currency_code.toLowerCase(),
    regionId: raw.region_id,
    email: raw.email,
    customerId: raw.customer_id,
    completed: Boolean(raw.completed_at),
    giftNote: typeof note === "string" ? note : "",
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    itemSubtotal: num(raw.item_subtotal),
    shippingTotal: num(raw.shipping_total),
    taxTotal: num(raw.tax_total),
    discountTotal: num(raw.discount_total),
    total: num(raw.total),
    lines,
    shippingAddress: raw.shipping_address,
    shippingOptionId: raw.shipping_methods?.[0]?.shipping_option_id ?? null,
    countries: (raw.region?.countries ?? []).map((c) => c.iso_2.toLowerCase()),
    paymentCollectionId: raw.payment_collection?.id ?? null,
    hasBankTransferSession: Boolean(
      raw.payment_collection?.payment_sessions?.some((s) => s.provider_id === BANK_TRANSFER_PROVIDER)
    ),
  }
}

async function lineProducts(raw: RawCart): Promise<RawLineProduct[]> {
  const ids = [...new Set((raw.items ?? []).map((i) => i.product_id).filter((id): id is string => Boolean(id)))]
  if (ids.length === 0) return []
  try {
    const { products } = await storeSend<{ products: RawLineProduct[] }>("/store/products", {
      query: { id: ids, fields: LINE_PRODUCT_FIELDS, limit: ids.length },
    })
    return products
  } catch {
    // Translations and stock are extras: the cart still shows with Medusa's own titles.
    return []
  }
}

async function withLines(raw: RawCart, locale: Locale): Promise<Cart> {
  return toCart(raw, await lineProducts(raw), locale)
}

/** The cart, or null when the backend does not know it (expired, deleted, or never existed). */
export async function retrieveCart(id: string, locale: Locale): Promise<Cart | null> {
  try {
    const { cart } = await storeSend<{ cart: RawCart }>(`/store/carts/${encodeURIComponent(id)}`, {
      query: { fields: CART_FIELDS },
    })
    return withLines(cart, locale)
  } catch (error) {
    const { status } = httpError(error)
    if (status === 404 || status === 400) return null
    throw error
  }
}

export async function createCart(input: {
  regionId: string
  locale: Locale
  email?: string | null
}): Promise<Cart> {
  const { cart } = await storeSend<{ cart: RawCart }>("/store/carts", {
    method: "POST",
    query: { fields: CART_FIELDS },
    body: {
      region_id: input.regionId,
      metadata: { locale: input.locale },
      ...(input.email ? { email: input.email } : {}),
    },
  })
  return withLines(cart, input.locale)
}

export async function addLineItem(cartId: string, variantId: string, quantity: number, locale: Locale) {
  const { cart } = await storeSend<{ cart: RawCart }>(`/store/carts/${encodeURIComponent(cartId)}/line-items`, {
    method: "POST",
    query: { fields: CART_FIELDS },
    body: { variant_id: variantId, quantity },
  })
  return withLines(cart, locale)
}

/** Sets a line's quantity; 0 removes it. */
export async function updateLineItem(cartId: string, lineId: string, quantity: number, locale: Locale) {
  if (quantity === 0) {
    await storeSend(`/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`, {
      method: "DELETE",
    })
    const cart = await retrieveCart(cartId, locale)
    if (!cart) throw Object.assign(new Error("Cart not found"), { status: 404 })
    return cart
  }
  const { cart } = await storeSend<{ cart: RawCart }>(
    `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`,
    { method: "POST", query: { fields: CART_FIELDS }, body: { quantity } }
  )
  return withLines(cart, locale)
}

export type CartUpdate = {
  region_id?: string
  email?: string
  shipping_address?: RawAddress
  billing_address?: RawAddress
  metadata?: Record<string, string>
}

export async function updateCart(cartId: string, update: CartUpdate, locale: Locale): Promise<Cart> {
  const { cart } = await storeSend<{ cart: RawCart }>(`/store/carts/${encodeURIComponent(cartId)}`, {
    method: "POST",
    query: { fields: CART_FIELDS },
    body: update,
  })
  return withLines(cart, locale)
}

/** Attaches the cart to the logged-in customer (Medusa's transfer: her id and email). */
export async function attachCartToCustomer(cartId: string, token: string): Promise<void> {
  await storeSend(`/store/carts/${encodeURIComponent(cartId)}/customer`, {
    method: "POST",
    token,
    query: { fields: "id" },
    body: {},
  })
}

type RawShippingOption = {
  id: string
  name: string
  amount?: number | null
  calculated_price?: { calculated_amount?: number | null } | null
  type?: { code?: string | null } | null
  insufficient_inventory?: boolean
}

export function hasPrice(raw: RawShippingOption): boolean {
  const amount = raw.calculated_price?.calculated_amount ?? raw.amount
  return typeof amount === "number" && Number.isFinite(amount)
}

export function toShippingOption(raw: RawShippingOption): ShippingOption {
  return {
    id: raw.id,
    name: raw.name,
    code: raw.type?.code ?? null,
    amount: num(raw.calculated_price?.calculated_amount ?? raw.amount),
  }
}

export async function listShippingOptions(cartId: string): Promise<ShippingOption[]> {
  const { shipping_options } = await storeSend<{ shipping_options: RawShippingOption[] }>(
    "/store/shipping-options",
    { query: { cart_id: cartId } }
  )
  // Without an address Medusa lists every region's options; only those priced in the cart's currency apply.
  return shipping_options
    .filter((o) => !o.insufficient_inventory && hasPrice(o))
    .map(toShippingOption)
}

export async function setShippingMethod(cartId: string, optionId: string): Promise<void> {
  await storeSend(`/store/carts/${encodeURIComponent(cartId)}/shipping-methods`, {
    method: "POST",
    query: { fields: "id" },
    body: { option_id: optionId },
  })
}

/** The cart's payment collection, created on first use. */
async function paymentCollectionId(cart: Pick<Cart, "id" | "paymentCollectionId">): Promise<string> {
  if (cart.paymentCollectionId) return cart.paymentCollectionId
  const { payment_collection } = await storeSend<{ payment_collection: { id: string } }>(
    "/store/payment-collections",
    { method: "POST", body: { cart_id: cart.id } }
  )
  return payment_collection.id
}

export type RawPaymentSession = {
  id: string
  provider_id: string
  amount?: number | null
  data?: { id?: unknown; client_secret?: unknown; status?: unknown } | null
}

async function initiatePaymentSession(collectionId: string, providerId: string): Promise<RawPaymentSession[]> {
  const { payment_collection } = await storeSend<{ payment_collection: { payment_sessions?: RawPaymentSession[] | null } }>(
    `/store/payment-collections/${encodeURIComponent(collectionId)}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId } }
  )
  return payment_collection.payment_sessions ?? []
}

/** Pays the cart by bank transfer: a payment collection with one bank-transfer session. */
export async function chooseBankTransfer(cart: Cart): Promise<void> {
  // A new session each time: Medusa replaces the previous one (a card session too), and the amount follows
  // the cart's total.
  await initiatePaymentSession(await paymentCollectionId(cart), BANK_TRANSFER_PROVIDER)
}

/** The ids of the payment providers a region offers (enabled ones); [] when the list can't be read. */
export async function listPaymentProviders(regionId: string): Promise<string[]> {
  try {
    const { payment_providers } = await storeSend<{ payment_providers: { id: string; is_enabled?: boolean }[] }>(
      "/store/payment-providers",
      { query: { region_id: regionId } }
    )
    return payment_providers.filter((p) => p.is_enabled !== false).map((p) => p.id)
  } catch {
    // Card payment is an extra: without the list, bank transfer alone is offered, as before.
    return []
  }
}

/** A card payment in progress: the Stripe PaymentIntent behind the cart's Stripe session. */
export type CardSession = {
  /** The PaymentIntent's id (pi_…). */
  paymentIntentId: string
  /** What Stripe.js needs to confirm it in the browser. */
  clientSecret: string
  /** Decimal major units, as the cart's total. */
  amount: number
}

/** A session's PaymentIntent, when it is Stripe's and still usable (not canceled). */
export function toCardSession(raw: RawPaymentSession): CardSession | null {
  if (raw.provider_id !== STRIPE_PROVIDER || !raw.data) return null
  const { id, client_secret, status } = raw.data
  if (typeof id !== "string" || typeof client_secret !== "string" || !client_secret) return null
  if (status === "canceled") return null
  return { paymentIntentId: id, clientSecret: client_secret, amount: num(raw.amount) }
}

/** The Stripe session to keep using for a total: one for exactly this amount, or none (start a new one). */
export function reusableCardSession(sessions: RawPaymentSession[], total: number): CardSession | null {
  for (const raw of sessions) {
    const session = toCardSession(raw)
    if (session && Math.abs(session.amount - total) < 1e-9) return session
  }
  return null
}

async function paymentSessions(cartId: string): Promise<RawPaymentSession[]> {
  const { cart } = await storeSend<{ cart: { payment_collection?: { payment_sessions?: RawPaymentSession[] | null } | null } }>(
    `/store/carts/${encodeURIComponent(cartId)}`,
    {
      query: {
        fields: [
          "id",
          "payment_collection.id",
          "payment_collection.payment_sessions.id",
          "payment_collection.payment_sessions.provider_id",
          "payment_collection.payment_sessions.amount",
          "payment_collection.payment_sessions.data",
        ].join(","),
      },
    }
  )
  return cart.payment_collection?.payment_sessions ?? []
}

/**
 * Starts paying the cart (priced: address and shipping set) by card, or picks up the payment already started
 * for the same total: one PaymentIntent per amount, however often the buyer comes back to this step. When the
 * total changed, Medusa has already dropped the old session; a new one is started for the new total.
 */
export async function startCardPayment(cart: Pick<Cart, "id" | "paymentCollectionId" | "total">): Promise<CardSession> {
  if (cart.paymentCollectionId) {
    const existing = reusableCardSession(await paymentSessions(cart.id), cart.total)
    if (existing) return existing
  }
  // No `data`: the backend ignores it (amount, currency and capture are its business).
  const sessions = await initiatePaymentSession(await paymentCollectionId(cart), STRIPE_PROVIDER)
  const started = sessions.map(toCardSession).find((s): s is CardSession => s !== null)
  if (!started) throw new Error("The Stripe payment session has no client secret")
  return started
}

export type CompleteResult = { type: "order"; orderId: string } | { type: "cart"; message: string }

async function completeOnce(cartId: string): Promise<CompleteResult> {
  const result = await storeSend<
    { type: "order"; order: { id: string } } | { type: "cart"; error?: { message?: string } | null }
  >(`/store/carts/${encodeURIComponent(cartId)}/complete`, { method: "POST", query: { fields: "id" } })
  if (result.type === "order") return { type: "order", orderId: result.order.id }
  return { type: "cart", message: result.error?.message ?? "" }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Places the order. Medusa answers with the cart (and an error) when it could not, e.g. a card payment that
 * did not succeed. A 409 means another request (Stripe's webhook) is completing the same cart right now: one
 * more try a second later gets the order it placed (completing a completed cart answers with its order).
 */
export async function completeCart(cartId: string, wait: (ms: number) => Promise<void> = sleep): Promise<CompleteResult> {
  try {
    return await completeOnce(cartId)
  } catch (error) {
    if (httpError(error).status !== 409) throw error
    await wait(1000)
    return completeOnce(cartId)
  }
}

/** How many of a variant are in stock right now (fresh); null when unknown or not tracked. */
export async function variantQuantityNow(productId: string, variantId: string): Promise<number | null> {
  try {
    const { products } = await storeSend<{ products: RawLineProduct[] }>("/store/products", {
      query: { id: [productId], fields: "id,variants.id,variants.manage_inventory,variants.inventory_quantity", limit: 1 },
    })
    const variant = products[0]?.variants?.find((v) => v.id === variantId)
    if (!variant || variant.manage_inventory === false) return null
    return typeof variant.inventory_quantity === "number" ? variant.inventory_quantity : null
  } catch {
    return null
  }
}
