import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  allocate,
  cardFeeTransaction,
  feeRateBps,
  makerShare,
  roundToMinor,
  saleTransaction,
  type LedgerTransaction,
} from "@rumah-karya/ledger"
import { fromStripeAmount } from "../../../lib/stripe/amounts"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService } from "../../../modules/card-payments"
import { isOrderPaid } from "../../../modules/maker/order-progress"
import { STRIPE_PROVIDER_ID } from "../../../modules/stripe-card/options"
import { makerIdByProduct } from "../../utils/product-makers"
import { DAY_MS, ledgerCurrency, minorOf, payoutService, payoutSettings } from "../../utils/payout-ledger"

export interface PlannedEarning {
  line_item_id: string
  order_id: string
  maker_id: string
  product_id: string | null
  currency: string
  cash: "bank" | "stripe"
  fee_rate_bps: number
  gross: number
  org_fee: number
  card_fee_share: number
  maker_amount: number
  earned_at: Date
  fulfilled_at: Date | null
  available_at: Date | null
}

export interface SalePlan {
  order_id: string
  sales: { earning: PlannedEarning; transaction: LedgerTransaction }[]
  /** The card processor's fee on the order's charges (the organisation's expense), once per charge. */
  card_fees: LedgerTransaction[]
}

// Explicit fields; nothing of the buyer. Item totals are computed by Medusa's order module when asked for.
const ORDER_FIELDS = [
  "id",
  "status",
  "currency_code",
  "total",
  "items.id",
  "items.product_id",
  "items.quantity",
  "items.total",
  "items.tax_total",
  "items.detail.quantity",
  "items.detail.fulfilled_quantity",
  "items.product.categories.id",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
]

interface OrderRow {
  id: string
  status: string
  currency_code: string
  total: unknown
  items?: {
    id: string
    product_id: string | null
    quantity: unknown
    total: unknown
    tax_total: unknown
    detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null
    product?: { categories?: { id: string }[] | null } | null
  }[]
  payment_collections?: { payments?: { id: string; provider_id: string; captured_at?: Date | string | null; canceled_at?: Date | string | null }[] | null }[] | null
}

const num = (value: unknown) => (value === null || value === undefined ? 0 : MathBN.convert(value as never).toNumber())

/**
 * Works out, without writing, what each maker earns on a paid order: one sale per line item whose product
 * is linked to a maker (the Collective is a maker too) and that has no earning yet. The line's amount is its
 * total after discounts, without tax (Medusa's item total − tax_total; shipping is not a line item). Fee rate:
 * the maker's override, else the lowest override of the product's categories, else PAYOUT_FEE_RATE_BPS.
 * Card orders: Stripe's fee on the charge (card_transaction) is the organisation's expense; when
 * PAYOUT_MAKER_BEARS_CARD_FEE=true, each line bears a share of it in proportion to its amount (the rest,
 * for shipping and tax, stays with the organisation).
 */
export const planSaleEarningsStep = createStep(
  "plan-sale-earnings",
  async (input: { order_id: string; at?: string }, { container }) => {
    const empty: SalePlan = { order_id: input.order_id, sales: [], card_fees: [] }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
    const order = data[0] as unknown as OrderRow | undefined
    if (!order) return new StepResponse(empty)
    const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
    if (!isOrderPaid(order.status, payments)) return new StepResponse(empty)

    const service = payoutService(container)
    const settings = payoutSettings()
    const currency = ledgerCurrency(order.currency_code)
    const at = input.at ? new Date(input.at) : new Date()
    const captured = payments.filter((payment) => payment.captured_at && !payment.canceled_at)
    const cash: "bank" | "stripe" = captured.some((payment) => payment.provider_id === STRIPE_PROVIDER_ID) ? "stripe" : "bank"

    const items = (order.items ?? []).filter((item) => item.product_id)
    const existing = items.length
      ? await service.listEarnings({ line_item_id: items.map((item) => item.id) }, { select: ["line_item_id"] })
      : []
    const recorded = new Set(existing.map((row) => row.line_item_id))
    const makerOf = await makerIdByProduct(container, items.map((item) => item.product_id!))
    const lines = items
      .filter((item) => makerOf.has(item.product_id!))
      .map((item) => ({ item, maker_id: makerOf.get(item.product_id!)!, gross: minorOf(MathBN.sub(item.total as never, (item.tax_total ?? 0) as never), currency) }))
      .filter((line) => line.gross > 0)

    // Fee-rate overrides of these makers and categories.
    const makerIds = [...new Set(lines.map((line) => line.maker_id))]
    const categoryIds = [...new Set(lines.flatMap((line) => (line.item.product?.categories ?? []).map((c) => c.id)))]
    const overrides = makerIds.length || categoryIds.length
      ? await service.listFeeRates({
          $or: [
            ...(makerIds.length ? [{ scope: "maker" as const, scope_id: makerIds }] : []),
            ...(categoryIds.length ? [{ scope: "category" as const, scope_id: categoryIds }] : []),
          ],
        })
      : []
    const policy = {
      defaultRateBps: settings.feeRateBps,
      makerRateBps: Object.fromEntries(overrides.filter((r) => r.scope === "maker").map((r) => [r.scope_id, r.rate_bps])),
      categoryRateBps: Object.fromEntries(overrides.filter((r) => r.scope === "category").map((r) => [r.scope_id, r.rate_bps])),
      makerBearsCardFee: settings.makerBearsCardFee,
    }

    // Stripe's fee on the order's charges, in ledger minor units (Stripe counts IDR in hundredths).
    let charges: { stripe_id: string; fee: number }[] = []
    if (cash === "stripe") {
      const rows = await container
        .resolve<CardPaymentsModuleService>(CARD_PAYMENTS_MODULE)
        .listCardTransactions({ order_id: order.id, kind: "charge" }, { select: ["stripe_id", "fee", "currency"] })
      charges = rows.map((row) => ({
        stripe_id: row.stripe_id,
        fee: roundToMinor(String(fromStripeAmount(num(row.fee), row.currency)), currency),
      }))
    }
    const cardFee = charges.reduce((sum, charge) => sum + charge.fee, 0)
    const orderTotal = minorOf(order.total, currency)
    const grossSum = lines.reduce((sum, line) => sum + line.gross, 0)
    const feeShares = cardFee > 0 ? allocate(cardFee, [...lines.map((line) => line.gross), Math.max(0, orderTotal - grossSum)]) : []

    const sales = lines
      .map((line, index) => ({ line, cardFee: feeShares[index] ?? 0 }))
      .filter(({ line }) => !recorded.has(line.item.id))
      .map(({ line, cardFee: lineCardFee }) => {
        const rate = feeRateBps(policy, {
          makerId: line.maker_id,
          categoryIds: (line.item.product?.categories ?? []).map((c) => c.id),
        })
        const split = makerShare({ lineTotal: line.gross, feeRateBps: rate, cardFee: lineCardFee, makerBearsCardFee: settings.makerBearsCardFee })
        const quantity = num(line.item.detail?.quantity ?? line.item.quantity)
        const fulfilled = quantity > 0 && num(line.item.detail?.fulfilled_quantity) >= quantity
        const earning: PlannedEarning = {
          line_item_id: line.item.id,
          order_id: order.id,
          maker_id: line.maker_id,
          product_id: line.item.product_id,
          currency,
          cash,
          fee_rate_bps: rate,
          gross: split.gross,
          org_fee: split.orgFee,
          card_fee_share: split.cardFeeShare,
          maker_amount: split.maker,
          earned_at: at,
          fulfilled_at: fulfilled ? at : null,
          available_at: fulfilled ? new Date(at.getTime() + settings.holdDays * DAY_MS) : null,
        }
        const transaction = saleTransaction({
          lineItemId: line.item.id,
          orderId: order.id,
          makerId: line.maker_id,
          currency,
          lineTotal: line.gross,
          feeRateBps: rate,
          cardFee: lineCardFee,
          makerBearsCardFee: settings.makerBearsCardFee,
          cash,
          occurredAt: at.toISOString(),
        })
        return { earning, transaction }
      })
    const card_fees = charges
      .filter((charge) => charge.fee > 0)
      .map((charge) => cardFeeTransaction({ reference: `card_fee:${charge.stripe_id}`, currency, fee: charge.fee, occurredAt: at.toISOString() }))
    return new StepResponse<SalePlan>({ order_id: order.id, sales, card_fees })
  }
)
