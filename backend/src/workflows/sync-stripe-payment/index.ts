import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { importStripeRefundsStep } from "../steps/import-stripe-refunds"
import { recordCardTransactionsStep } from "../steps/record-card-transactions"
import { retrieveStripeIntentStep } from "../steps/retrieve-stripe-intent"
import { settleCardPaymentStep } from "../steps/settle-card-payment"

export type SyncStripePaymentInput = { payment_intent_id: string }

/**
 * Brings Medusa in line with what Stripe says about one PaymentIntent now. Every webhook, whatever its type,
 * order or number of deliveries, ends here, so the result depends only on Stripe's current state: an event
 * delivered five times, or a refund announced before the payment, ends in the same place.
 */
export const syncStripePaymentWorkflow = createWorkflow(
  "sync-stripe-payment",
  (input: SyncStripePaymentInput) => {
    const intent = retrieveStripeIntentStep(input)
    const links = settleCardPaymentStep({ intent })
    const imported = importStripeRefundsStep({ intent, links })
    const recorded = recordCardTransactionsStep({ intent, links })
    return new WorkflowResponse(
      transform({ intent, links, imported, recorded }, ({ intent, links, imported, recorded }) => ({
        known: links.known,
        status: intent?.status ?? null,
        order_id: links.order_id,
        imported_refunds: imported,
        recorded_transactions: recorded,
      }))
    )
  }
)
