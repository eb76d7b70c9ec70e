import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toMajor } from "@rumah-karya/ledger"
import { orderLabels } from "../../../workflows/utils/order-labels"
import { makerBalancesOf, makerEffect, payoutService } from "../../../workflows/utils/payout-ledger"

const HISTORY_KINDS: Record<string, "sale" | "release" | "reversal" | "payout" | undefined> = {
  sale: "sale",
  release: "release",
  reversal: "reversal",
  payout_paid: "payout",
}

/**
 * GET /maker/earnings — her own money only, in major units: balances per currency, the history behind them
 * (newest first: sales, releases, reversals, transfers sent; each with the order number and product title)
 * and her payouts. Nothing of the buyer, and never her payout details.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const makerId = req.auth_context.actor_id
  const service = payoutService(req.scope)
  const [balances, transactions, items] = await Promise.all([
    makerBalancesOf(req.scope, { maker_ids: [makerId] }),
    service.listMakerLedger(makerId),
    service.listPayoutItems({ maker_id: makerId }, { select: ["id", "currency", "amount", "status", "reference", "settled_at", "created_at"], order: { created_at: "DESC" } }),
  ])

  const shown = transactions.filter((tx) => HISTORY_KINDS[tx.kind])
  const orderIds = [...new Set(shown.map((tx) => tx.meta?.order_id).filter((id): id is string => typeof id === "string"))]
  const lineItemIds = new Set(shown.map((tx) => tx.meta?.line_item_id).filter((id): id is string => typeof id === "string"))
  // Releases carry no order id: find their orders through her earnings.
  const releaseLines = shown.filter((tx) => tx.kind === "release" && !tx.meta?.order_id).map((tx) => tx.meta?.line_item_id as string)
  const earnings = lineItemIds.size
    ? await service.listEarnings({ maker_id: makerId, line_item_id: [...lineItemIds] }, { select: ["line_item_id", "order_id"] })
    : []
  const orderOfLine = new Map(earnings.map((e) => [e.line_item_id, e.order_id]))
  for (const line of releaseLines) {
    const order = orderOfLine.get(line)
    if (order && !orderIds.includes(order)) orderIds.push(order)
  }
  const { displayIdOf, titleOf } = await orderLabels(req.scope, orderIds)

  const history = shown
    .map((tx) => {
      const currency = tx.postings.find((p) => p.account.startsWith(`maker:${makerId}:`))?.currency ?? tx.postings[0]!.currency
      const effect = makerEffect(tx, makerId)
      const lineItemId = typeof tx.meta?.line_item_id === "string" ? tx.meta.line_item_id : null
      const orderId = (typeof tx.meta?.order_id === "string" ? tx.meta.order_id : null) ?? (lineItemId ? orderOfLine.get(lineItemId) ?? null : null)
      const minor =
        tx.kind === "release"
          ? effect.available
          : tx.kind === "payout_paid"
            ? -effect.paid_out
            : effect.pending + effect.available
      return {
        date: tx.occurred_at,
        kind: HISTORY_KINDS[tx.kind]!,
        order_display_id: orderId ? displayIdOf.get(orderId) ?? null : null,
        product_title: lineItemId ? titleOf.get(lineItemId) ?? null : null,
        amount: toMajor(minor, currency),
        currency: currency.toLowerCase(),
      }
    })
    .reverse()

  res.json({
    currency_balances: (balances.get(makerId) ?? []).map((b) => ({
      currency: b.currency.toLowerCase(),
      pending: toMajor(b.pending, b.currency),
      available: toMajor(b.available, b.currency),
      in_payout: toMajor(b.inPayout, b.currency),
      paid_out: toMajor(b.paidOut, b.currency),
    })),
    history,
    payouts: items.map((item) => ({
      date: new Date(item.settled_at ?? item.created_at).toISOString(),
      amount: toMajor(Number(item.amount), item.currency),
      currency: item.currency.toLowerCase(),
      status: item.status,
      reference: item.reference,
    })),
  })
}
