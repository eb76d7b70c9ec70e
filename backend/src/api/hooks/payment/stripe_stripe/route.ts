import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService } from "../../../../modules/card-payments"
import { syncStripeIntent } from "../../../../workflows/sync-stripe-payment/run-locked"
import { paymentIntentOf } from "./intent-of"

/**
 * Stripe's webhook, at the address Medusa documents for its Stripe provider. It replaces Medusa's generic
 * handler for this provider (static routes win over /hooks/payment/:provider), which answers 200 to anything and
 * checks the signature later in a subscriber: here a bad signature is a 400 at once, and each event reconciles
 * Medusa with the intent's current state at Stripe (workflows/sync-stripe-payment), once per event id.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const cardPayments: CardPaymentsModuleService = req.scope.resolve(CARD_PAYMENTS_MODULE)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)

  let event
  try {
    event = cardPayments.verifyWebhook(req.rawBody, req.headers["stripe-signature"])
  } catch (error) {
    const message = error instanceof MedusaError ? error.message : "Invalid Stripe webhook"
    logger.warn(`Stripe webhook refused: ${message}`)
    res.status(400).json({ type: "invalid_data", message })
    return
  }

  const intentId = paymentIntentOf(event)
  if (!intentId) {
    res.json({ received: true, outcome: "ignored" })
    return
  }
  const sync = await syncStripeIntent(req.scope, intentId, { event_id: event.id, type: event.type })
  if (sync.duplicate) {
    res.json({ received: true, duplicate: true })
    return
  }
  if (sync.outcome === "unknown_intent") {
    logger.warn(`Stripe webhook ${event.id} (${event.type}) is about ${intentId}, which no cart of this store started: acknowledged, nothing changed`)
  }
  res.json({ received: true, outcome: sync.outcome, status: sync.status })
}
