import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { exponentOf, roundToMinor, toMinor, type MatchTarget } from "@rumah-karya/ledger"
import { BANK_TRANSFER_PROVIDER_ID } from "../../modules/bank-transfer/constants"
import { orderReference } from "../../modules/bank-transfer/reference"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../modules/payout"
import { minorOf } from "../create-payout-batch/ledger"

type Scope = Pick<MedusaContainer, "resolve">

/** Buyers' orders looked at for a statement: those placed up to this many days before its first line. */
export const ORDER_LOOKBACK_DAYS = 120

/** Payout items a bank statement may show (money out: negative), reserved or already marked paid. */
export async function payoutItemTargets(scope: Scope, currency: string): Promise<MatchTarget[]> {
  const items = await scope.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayoutItems(
    { currency, status: ["reserved", "paid"] },
    { select: ["id", "reference", "amount", "currency"] }
  )
  return items.map((item) => ({
    id: item.id,
    kind: "payout_item" as const,
    reference: item.reference,
    amount: -minorOf(item.amount),
    currency,
  }))
}

const majorToMinor = (amount: unknown, currency: string): number => {
  const value = typeof amount === "object" && amount !== null && "numeric" in amount ? (amount as { numeric: number }).numeric : amount
  try {
    return toMinor(value as number | string, currency)
  } catch {
    return roundToMinor(value as number | string, currency)
  }
}

/**
 * Buyers' bank-transfer payments (money in: positive) of orders in the currency that are not canceled,
 * each under its order's transfer reference ("RK-<display_id>"), from orders placed since `since`.
 */
export async function orderPaymentTargets(scope: Scope, currency: string, since: Date): Promise<MatchTarget[]> {
  exponentOf(currency)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "currency_code",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.currency_code",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
    ],
    filters: { currency_code: currency.toLowerCase(), created_at: { $gte: since } },
  })
  const targets: MatchTarget[] = []
  for (const order of orders as any[]) {
    if (order.status === "canceled" || !order.display_id) continue
    for (const collection of order.payment_collections ?? []) {
      for (const payment of collection?.payments ?? []) {
        if (!payment || payment.provider_id !== BANK_TRANSFER_PROVIDER_ID || payment.canceled_at) continue
        if (String(payment.currency_code).toUpperCase() !== currency) continue
        targets.push({
          id: payment.id,
          kind: "order_payment",
          reference: orderReference(order.display_id),
          amount: majorToMinor(payment.amount, currency),
          currency,
        })
      }
    }
  }
  return targets
}
