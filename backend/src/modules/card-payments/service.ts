import { MedusaError, MedusaService } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { createStripeClient } from "../../lib/stripe/client"
import CardTransaction from "./models/card-transaction"
import StripeWebhookEvent from "./models/stripe-webhook-event"
import { toIntentSnapshot } from "./snapshot"
import type { CardPaymentsOptions, IntentSnapshot } from "./types"

type CardTransactionInput = {
  kind: "charge" | "refund"
  stripe_id: string
  payment_intent_id: string
  payment_id: string | null
  order_id: string | null
  balance_transaction_id: string
  currency: string
  amount: number
  fee: number
  net: number
  exchange_rate: string | null
}

/**
 * Card payments beyond what Medusa's payment module keeps: Stripe's fee and net for every charge and refund,
 * and the webhook events already handled. Reads Stripe with the same client settings as the payment provider.
 */
class CardPaymentsModuleService extends MedusaService({ CardTransaction, StripeWebhookEvent }) {
  protected readonly options_: CardPaymentsOptions
  private client_?: Stripe

  constructor(container: Record<string, unknown>, options?: CardPaymentsOptions) {
    // eslint-disable-next-line prefer-rest-params
    super(...(arguments as unknown as [Record<string, unknown>]))
    this.options_ = options ?? {}
  }

  isConfigured(): boolean {
    return Boolean(this.options_.apiKey && this.options_.webhookSecret)
  }

  private stripe(): Stripe {
    if (!this.options_.apiKey) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Card payments are not configured (STRIPE_API_KEY)")
    }
    this.client_ ??= createStripeClient({ apiKey: this.options_.apiKey, apiBase: this.options_.apiBase })
    return this.client_
  }

  /** The event, if Stripe signed this exact body with our webhook secret; otherwise an INVALID_DATA error. */
  verifyWebhook(rawBody: Buffer | string | undefined, signature: string | string[] | undefined): Stripe.Event {
    if (!this.isConfigured()) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stripe webhooks are not configured on this store")
    }
    if (!rawBody || typeof signature !== "string" || !signature) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Missing Stripe-Signature header or body")
    }
    try {
      return this.stripe().webhooks.constructEvent(rawBody, signature, this.options_.webhookSecret!)
    } catch {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid Stripe signature")
    }
  }

  /** The intent's current state at Stripe, or null when Stripe does not know it. */
  async retrieveIntent(paymentIntentId: string): Promise<IntentSnapshot | null> {
    const stripe = this.stripe()
    try {
      const intent = await stripe.paymentIntents.retrieve(paymentIntentId, {
        expand: ["latest_charge.balance_transaction"],
      })
      const refunds = await stripe.refunds.list({
        payment_intent: paymentIntentId,
        limit: 100,
        expand: ["data.balance_transaction"],
      })
      return toIntentSnapshot(intent, refunds.data)
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return null
      throw error
    }
  }

  /** Records the charge and refunds that Stripe has settled and that are not recorded yet; returns new ids. */
  async recordSettled(
    intent: IntentSnapshot,
    links: { payment_id: string | null; order_id: string | null }
  ): Promise<string[]> {
    const settled: CardTransactionInput[] = []
    const add = (kind: "charge" | "refund", stripeId: string, balance: IntentSnapshot["refunds"][number]["balance"]) => {
      if (!balance) return
      settled.push({
        kind,
        stripe_id: stripeId,
        payment_intent_id: intent.id,
        ...links,
        balance_transaction_id: balance.id,
        currency: balance.currency,
        amount: balance.amount,
        fee: balance.fee,
        net: balance.net,
        exchange_rate: balance.exchange_rate === null ? null : String(balance.exchange_rate),
      })
    }
    if (intent.charge) add("charge", intent.charge.id, intent.charge.balance)
    for (const refund of intent.refunds) add("refund", refund.id, refund.balance)
    if (!settled.length) return []

    const known = await this.listCardTransactions(
      { stripe_id: settled.map((row) => row.stripe_id) },
      { select: ["stripe_id"] }
    )
    const knownIds = new Set(known.map((row) => row.stripe_id))
    const fresh = settled.filter((row) => !knownIds.has(row.stripe_id))
    if (!fresh.length) return []
    const created = await this.createCardTransactions(fresh)
    return created.map((row) => row.id)
  }

  async wasHandled(eventId: string): Promise<boolean> {
    const [handled] = await this.listStripeWebhookEvents({ event_id: eventId }, { select: ["id"], take: 1 })
    return Boolean(handled)
  }
}

export default CardPaymentsModuleService
