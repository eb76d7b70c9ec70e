import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import {
  compareMakerItems,
  dueBy,
  isMadeToOrder,
  isOrderPaid,
  itemStatus,
  leadTimeDays,
  type MakerItemStatus,
  type PaymentState,
} from "../../modules/maker/order-progress"
import { makerIdByProduct, productIdsByMaker } from "./product-makers"

// Reads of order line items as makers and staff see them (docs/maker-portal-api.md, "Her orders"). A maker's
// view carries no buyer data at all: the order query below selects explicit fields, none of which is the
// buyer's (no email, customer, addresses, shipping methods, prices).

type Scope = Pick<MedusaContainer, "resolve">

/** One of her line items, as the portal shows it. */
export interface MakerOrderItem {
  id: string
  order_id: string
  order_display_id: number
  placed_at: string
  product_id: string
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  made_to_order: boolean
  due_by: string
  status: MakerItemStatus
  ready_at: string | null
}

/** A line item of an order as staff see it on the order page: whose it is and where it stands. */
export interface AdminOrderMakerItem {
  id: string
  title: string
  variant_title: string | null
  product_id: string | null
  quantity: number
  maker: { id: string; display_name: string } | null
  made_to_order: boolean
  status: MakerItemStatus
  due_by: string
  ready_at: string | null
  /** Who marked it ready: her maker id, or a staff user id. */
  marked_by: string | null
}

// Order fields read here, and nothing else. `items.product.metadata` and `items.variant.allow_backorder` come
// through Medusa's read-only order ↔ product links, fetched in one batch per link (not per item).
const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "items.id",
  "items.product_id",
  "items.title",
  "items.variant_title",
  "items.thumbnail",
  // Quantities live on the order's item record (its "detail"), not on the line item itself.
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.product.metadata",
  "items.variant.allow_backorder",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

interface OrderRow {
  id: string
  display_id: number
  status: string
  created_at: Date | string
  items?: ItemRow[] | null
  payment_collections?: { payments?: PaymentState[] | null }[] | null
}

interface ItemRow {
  id: string
  product_id: string | null
  title: string
  variant_title: string | null
  thumbnail: string | null
  quantity?: unknown
  detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null
  product?: { metadata?: Record<string, unknown> | null } | null
  variant?: { allow_backorder?: boolean | null } | null
}

interface ProgressRow {
  line_item_id: string
  ready_at: Date | string
  marked_by: string
}

const toNumber = (value: unknown) => (value === null || value === undefined ? 0 : MathBN.convert(value as never).toNumber())
const iso = (value: Date | string) => new Date(value).toISOString()

async function listOrders(scope: Scope, filters: Record<string, unknown>): Promise<OrderRow[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: filters as never })
  return data as unknown as OrderRow[]
}

async function progressByItem(scope: Scope, lineItemIds: string[]): Promise<Map<string, ProgressRow>> {
  if (!lineItemIds.length) return new Map()
  const rows = (await scope
    .resolve<MakerModuleService>(MAKER_MODULE)
    .listMakerItemProgresses(
      { line_item_id: lineItemIds },
      { select: ["line_item_id", "ready_at", "marked_by"] }
    )) as unknown as ProgressRow[]
  return new Map(rows.map((row) => [row.line_item_id, row]))
}

const paymentsOf = (order: OrderRow): PaymentState[] =>
  (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])

/** The state of one line item: made to order, due by, status. */
function progressOf(order: OrderRow, item: ItemRow, progress: ProgressRow | undefined) {
  const madeToOrder = isMadeToOrder(item.variant, item.product?.metadata)
  const quantity = toNumber(item.detail?.quantity ?? item.quantity)
  const readyAt = progress ? iso(progress.ready_at) : null
  return {
    quantity,
    made_to_order: madeToOrder,
    due_by: dueBy(order.created_at, madeToOrder, leadTimeDays(item.product?.metadata)).toISOString(),
    status: itemStatus({
      quantity,
      fulfilled_quantity: toNumber(item.detail?.fulfilled_quantity),
      ready_at: readyAt,
      made_to_order: madeToOrder,
    }),
    ready_at: readyAt,
  }
}

function toMakerOrderItem(order: OrderRow, item: ItemRow, progress: ProgressRow | undefined): MakerOrderItem {
  const state = progressOf(order, item, progress)
  return {
    id: item.id,
    order_id: order.id,
    order_display_id: order.display_id,
    placed_at: iso(order.created_at),
    product_id: item.product_id!,
    title: item.title,
    variant_title: item.variant_title ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: state.quantity,
    made_to_order: state.made_to_order,
    due_by: state.due_by,
    status: state.status,
    ready_at: state.ready_at,
  }
}

/** Her line items in paid orders (products linked to her now), open ones first by due date, then shipped. */
export async function listMakerOrderItems(scope: Scope, makerId: string): Promise<MakerOrderItem[]> {
  const productIds = (await productIdsByMaker(scope, [makerId])).get(makerId) ?? []
  if (!productIds.length) return []
  const hers = new Set(productIds)
  // One order query: the orders that contain one of her products, not canceled. Payment is checked below
  // (payments live in another module, so they cannot be filtered on here).
  const orders = (await listOrders(scope, { items: { product_id: productIds }, status: { $nin: ["canceled", "draft"] } }))
    .filter((order) => isOrderPaid(order.status, paymentsOf(order)))
  const pairs = orders.flatMap((order) =>
    (order.items ?? []).filter((item) => item.product_id && hers.has(item.product_id)).map((item) => ({ order, item }))
  )
  const progress = await progressByItem(scope, pairs.map(({ item }) => item.id))
  return pairs.map(({ order, item }) => toMakerOrderItem(order, item, progress.get(item.id))).sort(compareMakerItems)
}

/**
 * One of her line items, when its order is paid and its product is linked to her; null otherwise (whatever
 * the reason, so that a caller cannot tell another maker's item from none).
 */
export async function retrieveMakerOrderItem(scope: Scope, makerId: string, lineItemId: string): Promise<MakerOrderItem | null> {
  const [order] = await listOrders(scope, { items: { id: lineItemId } })
  const item = order?.items?.find((candidate) => candidate.id === lineItemId)
  if (!order || !item?.product_id || !isOrderPaid(order.status, paymentsOf(order))) return null
  const makerOfProduct = (await makerIdByProduct(scope, [item.product_id])).get(item.product_id)
  if (makerOfProduct !== makerId) return null
  const progress = await progressByItem(scope, [item.id])
  return toMakerOrderItem(order, item, progress.get(item.id))
}

/** Every line item of an order with its maker and progress, for staff; null for an unknown order. */
export async function listOrderMakerItems(
  scope: Scope,
  orderId: string
): Promise<{ order_id: string; paid: boolean; items: AdminOrderMakerItem[] } | null> {
  const [order] = await listOrders(scope, { id: orderId })
  if (!order) return null
  const items = order.items ?? []
  const makerOf = await makerIdByProduct(scope, items.map((item) => item.product_id).filter((id): id is string => Boolean(id)))
  const makerIds = [...new Set(makerOf.values())]
  const [progress, makers] = await Promise.all([
    progressByItem(scope, items.map((item) => item.id)),
    makerIds.length
      ? scope.resolve<MakerModuleService>(MAKER_MODULE).listMakers({ id: makerIds }, { select: ["id", "display_name"] })
      : Promise.resolve([]),
  ])
  const nameOf = new Map(makers.map((maker) => [maker.id, maker.display_name as string]))
  return {
    order_id: order.id,
    paid: isOrderPaid(order.status, paymentsOf(order)),
    items: items
      .map((item) => {
        const makerId = item.product_id ? makerOf.get(item.product_id) : undefined
        const state = progressOf(order, item, progress.get(item.id))
        return {
          id: item.id,
          title: item.title,
          variant_title: item.variant_title ?? null,
          product_id: item.product_id ?? null,
          quantity: state.quantity,
          maker: makerId ? { id: makerId, display_name: nameOf.get(makerId) ?? "" } : null,
          made_to_order: state.made_to_order,
          status: state.status,
          due_by: state.due_by,
          ready_at: state.ready_at,
          marked_by: progress.get(item.id)?.marked_by ?? null,
        }
      })
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id)),
  }
}
