import type Stripe from "stripe"
import { MEDUSA_REFUND_KEY } from "../stripe-card/service"
import type { BalanceFigures, IntentSnapshot } from "./types"

function balanceFigures(balance: string | Stripe.BalanceTransaction | null | undefined): BalanceFigures | null {
  if (!balance || typeof balance === "string") return null
  return {
    id: balance.id,
    currency: balance.currency,
    amount: balance.amount,
    fee: balance.fee,
    net: balance.net,
    exchange_rate: balance.exchange_rate ?? null,
  }
}

/** The parts of a PaymentIntent, its charge and its refunds that the store acts on. */
export function toIntentSnapshot(intent: Stripe.PaymentIntent, refunds: Stripe.Refund[]): IntentSnapshot {
  const charge = intent.latest_charge && typeof intent.latest_charge !== "string" ? intent.latest_charge : null
  return {
    id: intent.id,
    status: intent.status,
    currency: intent.currency,
    amount: intent.amount,
    amount_received: intent.amount_received,
    session_id: intent.metadata?.session_id || null,
    decline_message: intent.last_payment_error?.message ?? null,
    charge:
      charge && charge.captured
        ? { id: charge.id, amount: charge.amount, balance: balanceFigures(charge.balance_transaction) }
        : null,
    refunds: refunds.map((refund) => ({
      id: refund.id,
      amount: refund.amount,
      status: refund.status ?? "pending",
      medusa_refund_id: refund.metadata?.[MEDUSA_REFUND_KEY] || null,
      balance: balanceFigures(refund.balance_transaction),
    })),
  }
}
