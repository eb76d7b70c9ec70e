import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { proportionalReversal, reversalTransaction, type LedgerTransaction } from "@rumah-karya/ledger"
import { ledgerCurrency, minorOf, payoutService } from "../../utils/payout-ledger"
import { reversalTargets } from "../targets"

export type ReversalSource =
  | { kind: "refund"; id: string }
  | { kind: "return"; id: string }
  | { kind: "cancel"; id: string }

export interface PlannedReversal {
  earning_id: string
  /** The line's cumulative reversed gross after this reversal. */
  reversed_gross: number
  org_fee: number
  card_fee_share: number
  maker_amount: number
  fully_reversed: boolean
  transaction: LedgerTransaction
}

const num = (value: unknown) => (value === null || value === undefined ? 0 : MathBN.convert(value as never).toNumber())

const ORDER_FIELDS = [
  "id",
  "status",
  "currency_code",
  "items.id",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.return_received_quantity",
  "payment_collections.payments.id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.captures.amount",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
]

/**
 * What is still to reverse on each of the order's earnings, from the order's state now (so any number of runs,
 * in any order, reverse each line at most once and never more than it earned):
 * - canceled order: everything;
 * - returned items (received): their share of the line, by quantity;
 * - refunds: the money refunded beyond the returned items' value is spread over all lines in proportion to
 *   what is not returned of them (refunded ÷ captured of the order, rounded down per line). A full refund
 *   reverses everything.
 * Each line's target (cumulative reversed gross) minus what is already reversed is reversed now, split like the
 * sale (proportionalReversal), first from her pending balance while the earning is pending, else from available.
 */
export const planReversalsStep = createStep(
  "plan-earning-reversals",
  async (input: { order_id: string; source: ReversalSource; at?: string }, { container }) => {
    const service = payoutService(container)
    const earnings = await service.listEarnings({ order_id: input.order_id })
    if (!earnings.length) return new StepResponse({ reversals: [] as PlannedReversal[] })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
    const order = data[0] as any
    if (!order) return new StepResponse({ reversals: [] as PlannedReversal[] })
    const currency = ledgerCurrency(order.currency_code)
    const payments = ((order.payment_collections ?? []) as any[]).flatMap((c) => c?.payments ?? [])
    const captured = payments
      .filter((p) => p.captured_at)
      .reduce((sum: number, p) => sum + ((p.captures ?? []) as any[]).reduce((s: number, c) => s + minorOf(c.amount, currency), 0), 0)
    const refunded = payments.reduce(
      (sum: number, p) => sum + ((p.refunds ?? []) as any[]).reduce((s: number, r) => s + minorOf(r.amount, currency), 0),
      0
    )
    const itemById = new Map<string, any>(((order.items ?? []) as any[]).map((item) => [item.id, item]))

    const lines = earnings.map((earning) => {
      const item = itemById.get(earning.line_item_id)
      return {
        earning,
        gross: Number(earning.gross),
        quantity: num(item?.detail?.quantity ?? item?.quantity),
        returned: num(item?.detail?.return_received_quantity),
      }
    })
    const targets = reversalTargets({ canceled: order.status === "canceled", captured, refunded }, lines)

    const at = (input.at ? new Date(input.at) : new Date()).toISOString()
    const reversals: PlannedReversal[] = []
    for (const [index, { earning, gross }] of lines.entries()) {
      const target = targets[index]!
      const already = Number(earning.reversed_gross)
      if (target <= already) continue
      const original = {
        gross,
        orgFee: Number(earning.org_fee),
        cardFeeShare: Number(earning.card_fee_share),
        maker: Number(earning.maker_amount),
      }
      const split = proportionalReversal(original, target - already, already)
      const fromPending = earning.status === "pending" ? split.maker : 0
      const reference = `reversal:${input.source.id}:${earning.line_item_id}`
      // A second reversal of the same line from the same source (a return received in two parts) gets its
      // own reference, named by the line's new cumulative reversed amount.
      const [taken] = await service.listLedgerTransactions({ reference }, { select: ["id"], take: 1 })
      const transaction = reversalTransaction({
        reference: taken ? `${reference}:${target}` : reference,
        lineItemId: earning.line_item_id,
        makerId: earning.maker_id,
        currency,
        makerAmount: split.maker,
        orgFee: split.orgFee,
        cardFeeShare: split.cardFeeShare,
        cash: earning.cash,
        fromPending,
        occurredAt: at,
      })
      transaction.meta = { ...transaction.meta, order_id: input.order_id, source: input.source.kind, source_id: input.source.id }
      reversals.push({
        earning_id: earning.id,
        reversed_gross: target,
        org_fee: split.orgFee,
        card_fee_share: split.cardFeeShare,
        maker_amount: split.maker,
        fully_reversed: target === gross,
        transaction,
      })
    }
    return new StepResponse({ reversals })
  }
)
