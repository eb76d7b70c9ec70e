import { MathBN } from "@medusajs/framework/utils"
import { orderReference } from "../modules/bank-transfer/reference"

// Not a subscriber (files starting with "_" are skipped by Medusa's loader): what the order confirmation says.

export const ORDER_PLACED_TEMPLATE = "order-placed"

/** The order fields the confirmation reads. Buyer-facing facts only: nothing about the makers. */
export const ORDER_CONFIRMATION_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "locale",
  "metadata",
  "no_notification",
  "item_subtotal",
  "shipping_total",
  "discount_total",
  "tax_total",
  "total",
  "items.product_title",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.total",
]

type Amount = Parameters<typeof MathBN.convert>[0]

export interface ConfirmationOrder {
  id: string
  display_id: number
  email?: string | null
  currency_code: string
  locale?: string | null
  metadata?: Record<string, unknown> | null
  item_subtotal?: Amount | null
  shipping_total?: Amount | null
  discount_total?: Amount | null
  tax_total?: Amount | null
  total?: Amount | null
  items?: ({
    product_title?: string | null
    title?: string | null
    variant_title?: string | null
    quantity?: Amount | null
    total?: Amount | null
  } | null)[] | null
}

export interface OrderConfirmationData {
  order_id: string
  display_id: number
  reference: string
  currency_code: string
  locale: string | null
  gift_note: string | null
  items: { title: string; variant: string | null; quantity: number; total: number }[]
  totals: { items: number; shipping: number; discount: number; tax: number; total: number }
}

const amount = (value: Amount | null | undefined) => (value === null || value === undefined ? 0 : MathBN.convert(value).toNumber())
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** The buyer's language: `metadata.locale` as the storefront sets it, else the order's own locale. */
export function orderLocale(order: Pick<ConfirmationOrder, "locale" | "metadata">): string | null {
  for (const value of [order.metadata?.locale, order.locale]) {
    if (typeof value === "string" && value.length <= 35 && LOCALE.test(value)) return value
  }
  return null
}

/** The data of the "order-placed" notification. Amounts in Medusa's decimal major units. */
export function orderConfirmationData(order: ConfirmationOrder): OrderConfirmationData {
  const giftNote = order.metadata?.gift_note
  return {
    order_id: order.id,
    display_id: order.display_id,
    reference: orderReference(order.display_id),
    currency_code: order.currency_code,
    locale: orderLocale(order),
    gift_note: typeof giftNote === "string" && giftNote.trim() ? giftNote : null,
    items: (order.items ?? [])
      .filter((item): item is NonNullable<typeof item> => Boolean(item))
      .map((item) => ({
        title: item.product_title || item.title || "",
        variant: item.variant_title || null,
        quantity: amount(item.quantity),
        total: amount(item.total),
      })),
    totals: {
      items: amount(order.item_subtotal),
      shipping: amount(order.shipping_total),
      discount: amount(order.discount_total),
      tax: amount(order.tax_total),
      total: amount(order.total),
    },
  }
}
