/** A balance transaction's figures, in Stripe's smallest unit of `currency`. */
export type BalanceFigures = {
  id: string
  currency: string
  amount: number
  fee: number
  net: number
  exchange_rate: number | null
}

/** What Stripe says about one PaymentIntent now: the state every webhook is reconciled against. */
export type IntentSnapshot = {
  id: string
  status: string
  currency: string
  amount: number
  amount_received: number
  /** The Medusa payment session the intent was created for (null: not created by this store). */
  session_id: string | null
  decline_message: string | null
  charge: { id: string; amount: number; balance: BalanceFigures | null } | null
  refunds: {
    id: string
    amount: number
    status: string
    medusa_refund_id: string | null
    balance: BalanceFigures | null
  }[]
}

export type CardPaymentsOptions = {
  apiKey?: string
  webhookSecret?: string
  apiBase?: string
}

export type WebhookOutcome = "synced" | "unknown_intent" | "ignored"
