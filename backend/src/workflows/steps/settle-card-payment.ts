import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PaymentActions } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow, processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fromStripeAmount } from "../../lib/stripe/amounts"
import type { IntentSnapshot } from "../../modules/card-payments"

export type CardPaymentLinks = {
  /** False when no payment session of this store belongs to the intent. */
  known: boolean
  payment_id: string | null
  order_id: string | null
  captured: boolean
}

const UNKNOWN: CardPaymentLinks = { known: false, payment_id: null, order_id: null, captured: false }

async function findCardPayment(container: MedusaContainer, sessionId: string): Promise<CardPaymentLinks> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "payment_collection_id", "payment.id", "payment.captured_at"],
    filters: { id: sessionId },
  })
  const session = sessions[0]
  if (!session) return UNKNOWN
  const { data: orders } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  return {
    known: true,
    payment_id: session.payment?.id ?? null,
    order_id: orders[0]?.order_id ?? null,
    captured: Boolean(session.payment?.captured_at),
  }
}

/**
 * When Stripe says the intent succeeded, Medusa must agree: the cart becomes an order (the buyer may have
 * closed the page before the storefront completed it) and the payment is captured. Medusa's own workflows do
 * both; nothing happens when they are already done, so any number of deliveries has the effect of one.
 */
export const settleCardPaymentStep = createStep(
  "settle-card-payment",
  async (input: { intent: IntentSnapshot | null }, { container }) => {
    const intent = input.intent
    if (!intent?.session_id) return new StepResponse(UNKNOWN)
    let links = await findCardPayment(container, intent.session_id)
    if (!links.known || intent.status !== "succeeded") return new StepResponse(links)

    if (!links.order_id) {
      await processPaymentWorkflow(container).run({
        input: {
          action: PaymentActions.SUCCESSFUL,
          data: { session_id: intent.session_id, amount: fromStripeAmount(intent.amount_received, intent.currency) },
        },
      })
    } else if (links.payment_id && !links.captured) {
      await capturePaymentWorkflow(container).run({ input: { payment_id: links.payment_id } })
    }
    links = await findCardPayment(container, intent.session_id)
    return new StepResponse(links)
  }
)
