import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import { MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
} from "@medusajs/framework/types"
import type Stripe from "stripe"
import { toStripeAmount } from "../../lib/stripe/amounts"
import { createStripeClient } from "../../lib/stripe/client"
import type { StripeCardOptions } from "./options"

/** The metadata key that ties a Stripe refund to the Medusa refund it stands for. */
export const MEDUSA_REFUND_KEY = "medusa_refund_id"

/**
 * Medusa's Stripe provider, extended where this store needs it:
 * - the client can be pointed at a local stand-in (tests);
 * - card only, captured automatically at checkout: bridal sets are made to order in 14–21 days, longer than a
 *   card authorisation lasts (7 days), so capturing at fulfilment would fail for them;
 * - the PaymentIntent's parameters are decided here, never by what a store client sends as session data;
 * - a cart completed before the card payment succeeded gets Stripe's reason (e.g. "Your card was declined.") as a
 *   payment authorisation error, which Medusa answers with the cart and that message, and the cart stays open;
 * - each refund carries the Medusa refund id, and a refund made in Stripe's dashboard is adopted, not repeated,
 *   when the webhook records it in Medusa (see workflows/sync-stripe-payment).
 */
class StripeCardProviderService extends StripeProviderService {
  constructor(container: Record<string, unknown>, options: StripeCardOptions) {
    super(container, { ...options, capture: true })
    this.stripe_ = createStripeClient({ apiKey: options.apiKey, apiBase: options.apiBase })
  }

  get paymentIntentOptions() {
    return { payment_method_types: ["card"], capture_method: "automatic" as const }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = (input.data as { session_id?: string } | undefined)?.session_id
    return super.initiatePayment({ ...input, data: { session_id: sessionId } })
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const result = await super.authorizePayment(input)
    if (result.status === PaymentSessionStatus.ERROR || result.status === PaymentSessionStatus.PENDING) {
      const intent = result.data as { last_payment_error?: { message?: string } | null } | undefined
      throw new MedusaError(
        MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
        intent?.last_payment_error?.message ?? "The card payment is not complete yet."
      )
    }
    return result
  }

  async refundPayment({ amount, data, context }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const intentId = data?.id as string | undefined
    if (!intentId) return super.refundPayment({ amount, data, context })
    const stripeAmount = toStripeAmount(amount, data!.currency as string)
    const medusaRefundId = context?.idempotency_key
    const stripe = this.stripe_ as Stripe

    const unclaimed = (await stripe.refunds.list({ payment_intent: intentId, limit: 100 })).data.find(
      (refund) =>
        !refund.metadata?.[MEDUSA_REFUND_KEY] &&
        refund.amount === stripeAmount &&
        refund.status !== "failed" &&
        refund.status !== "canceled"
    )
    if (unclaimed) {
      await stripe.refunds.update(unclaimed.id, { metadata: { [MEDUSA_REFUND_KEY]: medusaRefundId ?? "unknown" } })
      return { data }
    }
    try {
      await stripe.refunds.create(
        { amount: stripeAmount, payment_intent: intentId, metadata: { [MEDUSA_REFUND_KEY]: medusaRefundId ?? "unknown" } },
        { idempotencyKey: medusaRefundId }
      )
    } catch (error) {
      if ((error as { code?: string }).code !== "charge_already_refunded") {
        throw this.buildError("An error occurred in refundPayment", error as Error)
      }
    }
    return { data }
  }
}

export default StripeCardProviderService
