import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService } from "../../modules/card-payments"

/** Stripe's current view of the intent (null when Stripe does not know it): webhooks are reconciled to it. */
export const retrieveStripeIntentStep = createStep(
  "retrieve-stripe-intent",
  async (input: { payment_intent_id: string }, { container }) => {
    const cardPayments: CardPaymentsModuleService = container.resolve(CARD_PAYMENTS_MODULE)
    return new StepResponse(await cardPayments.retrieveIntent(input.payment_intent_id))
  }
)
