import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService, type WebhookOutcome } from "../../modules/card-payments"
import { syncStripePaymentWorkflow } from "./index"

export type StripeDelivery = { event_id: string; type: string }

export type SyncOutcome =
  | { duplicate: true }
  | { duplicate: false; outcome: WebhookOutcome; order_id: string | null; status: string | null }

/**
 * Runs the sync for one intent at a time (Medusa's locking module: in memory by default, Redis or Postgres
 * when the store runs on several processes), and, for a webhook delivery, records the event once handled so a
 * redelivery is only acknowledged. A failed sync records nothing: Stripe delivers the event again.
 */
export async function syncStripeIntent(
  container: MedusaContainer,
  paymentIntentId: string,
  delivery?: StripeDelivery
): Promise<SyncOutcome> {
  const locking = container.resolve(Modules.LOCKING)
  const cardPayments: CardPaymentsModuleService = container.resolve(CARD_PAYMENTS_MODULE)
  return locking.execute(
    `stripe-intent:${paymentIntentId}`,
    async (): Promise<SyncOutcome> => {
      if (delivery && (await cardPayments.wasHandled(delivery.event_id))) return { duplicate: true }
      const { result } = await syncStripePaymentWorkflow(container).run({
        input: { payment_intent_id: paymentIntentId },
      })
      const outcome: WebhookOutcome = result.known ? "synced" : "unknown_intent"
      if (delivery) {
        await cardPayments.createStripeWebhookEvents({
          event_id: delivery.event_id,
          type: delivery.type,
          payment_intent_id: paymentIntentId,
          outcome,
        })
      }
      return { duplicate: false, outcome, order_id: result.order_id, status: result.status }
    },
    { timeout: 30 }
  )
}
