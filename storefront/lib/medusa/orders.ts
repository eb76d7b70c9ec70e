/**
 * Orders as the buyer sees them: the confirmation page, bank-transfer instructions, finding an order again,
 * and a customer's order history (docs/checkout-api.md). Personal data: never cached.
 */
import type { Locale } from "../i18n/config"
import { localized } from "./localize"
import { httpError, storeSend } from "./client"
import type { RawAddress } from "./cart"
import type { RawMetadata } from "./types"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "payment_status",
  "email",
  "currency_code",
  "created_at",
  // Not allowed by the store route in 2.21.2 (silently dropped): kept for when it is, the gift note shows then.
  "metadata",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "discount_total",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.product_handle",
  // The store route allows only `*shipping_address` for the address (single fields are silently dropped).
  "*shipping_address",
  "shipping_methods.name",
].join(",")

const ORDER_LIST_FIELDS = ["id", "display_id", "status", "total", "currency_code", "created_at"].join(",")

type RawOrder = {
  id: string
  display_id: number
  status: string
  payment_status?: string
  email: string | null
  currency_code: string
  created_at: string
  metadata: RawMetadata
  item_subtotal: number | null
  shipping_total: number | null
  tax_total: number | null
  discount_total: number | null
  total: number | null
  items:
    | {
        id: string
        title: string | null
        product_title: string | null
        variant_title: string | null
        thumbnail: string | null
        quantity: number
        unit_price: number
        subtotal: number | null
        product_handle: string | null
      }[]
    | null
  shipping_address: RawAddress | null
  shipping_methods: { name: string | null }[] | null
}

export type OrderLine = {
  id: string
  title: string
  variant: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  subtotal: number
}

export type Order = {
  id: string
  number: string
  status: string
  email: string | null
  currencyCode: string
  createdAt: string
  giftNote: string | null
  /** Medusa's payment status, e.g. "captured" once a card payment (or a confirmed transfer) is in. */
  paymentStatus: string | null
  itemSubtotal: number
  shippingTotal: number
  taxTotal: number
  discountTotal: number
  total: number
  lines: OrderLine[]
  shippingAddress: RawAddress | null
  shippingMethod: string | null
}

export type OrderSummary = {
  id: string
  number: string
  status: string
  total: number
  currencyCode: string
  createdAt: string
}

export type BankTransfer = {
  bankName: string
  accountName: string
  accountNumber: string
  reference: string
  amount: number
  currencyCode: string
  status: "awaiting_payment" | "paid" | "canceled"
}

/** The order number a buyer reads and writes on her transfer: RK-1001 (the backend's orderReference()). */
export function orderNumber(displayId: number | string): string {
  return `RK-${displayId}`
}

const ORDER_ID_PATTERN = /^order_[0-9A-HJKMNP-TV-Z]{26}$/

export function isOrderId(value: unknown): value is string {
  return typeof value === "string" && ORDER_ID_PATTERN.test(value)
}

const n = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0)

export function toOrder(raw: RawOrder): Order {
  const note = raw.metadata?.gift_note
  return {
    id: raw.id,
    number: orderNumber(raw.display_id),
    status: raw.status,
    email: raw.email,
    currencyCode: raw.currency_code.toLowerCase(),
    createdAt: raw.created_at,
    giftNote: typeof note === "string" && note.trim() ? note : null,
    paymentStatus: raw.payment_status ?? null,
    itemSubtotal: n(raw.item_subtotal),
    shippingTotal: n(raw.shipping_total),
    taxTotal: n(raw.tax_total),
    discountTotal: n(raw.discount_total),
    total: n(raw.total),
    lines: (raw.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title || item.title || "",
      variant: item.variant_title && !/^default/i.test(item.variant_title) ? item.variant_title : null,
      thumbnail: item.thumbnail,
      quantity: item.quantity,
      unitPrice: n(item.unit_price),
      subtotal: n(item.subtotal ?? item.unit_price * item.quantity),
    })),
    shippingAddress: raw.shipping_address,
    shippingMethod: raw.shipping_methods?.[0]?.name ?? null,
  }
}

/** Product titles in English for an order's lines (the order keeps the Indonesian ones). */
async function englishTitles(raw: RawOrder): Promise<Map<string, string>> {
  const handles = [...new Set((raw.items ?? []).map((i) => i.product_handle).filter((h): h is string => Boolean(h)))]
  if (handles.length === 0) return new Map()
  try {
    const { products } = await storeSend<{ products: { handle: string; title: string; metadata: RawMetadata }[] }>(
      "/store/products",
      { query: { handle: handles, fields: "handle,title,metadata", limit: handles.length } }
    )
    return new Map(products.map((p) => [p.handle, localized("en", p.title, p.metadata, "title") ?? p.title]))
  } catch {
    return new Map()
  }
}

/** An order by id, or null when there is none. */
export async function getOrder(id: string, locale: Locale): Promise<Order | null> {
  if (!isOrderId(id)) return null
  try {
    const { order } = await storeSend<{ order: RawOrder }>(`/store/orders/${id}`, { query: { fields: ORDER_FIELDS } })
    const view = toOrder(order)
    if (locale !== "id") {
      const titles = await englishTitles(order)
      view.lines = view.lines.map((line, i) => {
        const handle = order.items?.[i]?.product_handle
        return handle && titles.has(handle) ? { ...line, title: titles.get(handle)! } : line
      })
    }
    return view
  } catch (error) {
    const { status } = httpError(error)
    if (status === 404 || status === 400) return null
    throw error
  }
}

type RawBankTransfer = {
  bank_name: string
  account_name: string
  account_number: string
  reference: string
  amount: number
  currency_code: string
  status: BankTransfer["status"]
}

/** How to pay an order by bank transfer; null when it is not paid that way. */
export async function getBankTransfer(orderId: string): Promise<BankTransfer | null> {
  if (!isOrderId(orderId)) return null
  try {
    const { bank_transfer: b } = await storeSend<{ bank_transfer: RawBankTransfer }>(
      `/store/orders/${orderId}/bank-transfer`
    )
    return {
      bankName: b.bank_name,
      accountName: b.account_name,
      accountNumber: b.account_number,
      reference: b.reference,
      amount: b.amount,
      currencyCode: b.currency_code.toLowerCase(),
      status: b.status,
    }
  } catch (error) {
    if (httpError(error).status === 404) return null
    throw error
  }
}

/** The id of the order with this number and email, or null (one answer for a wrong number or email). */
export async function lookupOrder(number: string, email: string): Promise<string | null> {
  try {
    const { order } = await storeSend<{ order: { id: string } }>("/store/order-lookup", {
      method: "POST",
      body: { order_number: number, email },
    })
    return order.id
  } catch (error) {
    const { status } = httpError(error)
    if (status === 404 || status === 400) return null
    throw error
  }
}

/** A logged-in customer's orders, newest first. */
export async function listCustomerOrders(token: string): Promise<OrderSummary[]> {
  const { orders } = await storeSend<{
    orders: { id: string; display_id: number; status: string; total: number; currency_code: string; created_at: string }[]
  }>("/store/orders", { token, query: { fields: ORDER_LIST_FIELDS, order: "-created_at", limit: 50 } })
  return orders.map((o) => ({
    id: o.id,
    number: orderNumber(o.display_id),
    status: o.status,
    total: n(o.total),
    currencyCode: o.currency_code.toLowerCase(),
    createdAt: o.created_at,
  }))
}
