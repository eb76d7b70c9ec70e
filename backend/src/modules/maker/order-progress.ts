// What a maker sees of the orders for her crafts, as pure rules (no framework imports): when an order counts
// as paid, whether a line item is made to order, when it is due and where it stands. Used by the portal route
// (GET /maker/orders), the admin route (GET /admin/orders/:id/maker-items) and the mark-ready workflow.

/** Days she has to hand an item from stock over to staff, counted from the moment the order was placed. */
export const HANDOVER_DAYS = 2
/** Longest lead time taken from product metadata; anything beyond is treated as missing. */
export const LEAD_TIME_MAX_DAYS = 365

const DAY_MS = 24 * 60 * 60 * 1000

/** Emitted when an item becomes ready (not again when it is marked a second time). Data: MakerItemReadyData. */
export const MAKER_ITEM_READY_EVENT = "maker.item_ready"
export interface MakerItemReadyData {
  /** The order line item id. */
  id: string
  order_id: string
  maker_id: string
}

export const MAKER_ITEM_STATUSES = ["to_make", "to_hand_over", "ready", "shipped"] as const
export type MakerItemStatus = (typeof MAKER_ITEM_STATUSES)[number]

export interface PaymentState {
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
}

/**
 * An order is paid when it is neither canceled nor a draft and one of its payments is captured and not canceled.
 * Bank transfer: staff press "Mark as paid" on the order (POST /admin/payments/:id/capture), which sets the
 * payment's captured_at (modules/bank-transfer/status.ts reads it the same way). Card: Medusa captures the Stripe
 * payment when the intent succeeds (workflows/steps/settle-card-payment.ts), which sets captured_at too.
 */
export function isOrderPaid(orderStatus: string | null | undefined, payments: PaymentState[]): boolean {
  if (orderStatus === "canceled" || orderStatus === "draft") return false
  return payments.some((payment) => Boolean(payment.captured_at) && !payment.canceled_at)
}

/** Product metadata `lead_time_days` as a whole number of days (1..365), or null when missing or unusable. */
export function leadTimeDays(metadata: Record<string, unknown> | null | undefined): number | null {
  const raw = metadata?.lead_time_days
  const value = typeof raw === "string" && raw.trim() ? Number(raw) : raw
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= LEAD_TIME_MAX_DAYS ? value : null
}

/**
 * Made to order: the variant may be sold without stock (allow_backorder, which the product forms set from
 * "made to order"), or the product says so in metadata (`made_to_order: true`).
 */
export function isMadeToOrder(
  variant: { allow_backorder?: boolean | null } | null | undefined,
  productMetadata: Record<string, unknown> | null | undefined
): boolean {
  return variant?.allow_backorder === true || productMetadata?.made_to_order === true
}

/**
 * When she should have the item ready: placed_at + lead time when made to order, placed_at + HANDOVER_DAYS when
 * it comes from stock (or when a made-to-order product names no usable lead time).
 */
export function dueBy(placedAt: Date | string, madeToOrder: boolean, leadTime: number | null): Date {
  const days = madeToOrder && leadTime !== null ? leadTime : HANDOVER_DAYS
  return new Date(new Date(placedAt).getTime() + days * DAY_MS)
}

/**
 * shipped: staff fulfilled the whole quantity in Medusa (packed, shipped or delivered); ready: she marked it;
 * otherwise to_make (made to order) or to_hand_over (from stock).
 */
export function itemStatus(input: {
  quantity: number
  fulfilled_quantity: number
  ready_at: Date | string | null
  made_to_order: boolean
}): MakerItemStatus {
  if (input.quantity > 0 && input.fulfilled_quantity >= input.quantity) return "shipped"
  if (input.ready_at) return "ready"
  return input.made_to_order ? "to_make" : "to_hand_over"
}

/** Open items first, soonest due first; then shipped items, most recently placed first. Ties by id. */
export function compareMakerItems(
  a: { status: MakerItemStatus; due_by: string; placed_at: string; id: string },
  b: { status: MakerItemStatus; due_by: string; placed_at: string; id: string }
): number {
  const shippedA = a.status === "shipped"
  const shippedB = b.status === "shipped"
  if (shippedA !== shippedB) return shippedA ? 1 : -1
  const byTime = shippedA ? b.placed_at.localeCompare(a.placed_at) : a.due_by.localeCompare(b.due_by)
  return byTime || a.id.localeCompare(b.id)
}
