import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { fromStripeAmount } from "../../lib/stripe/amounts"
import type { IntentSnapshot } from "../../modules/card-payments"
import type { CardPaymentLinks } from "./settle-card-payment"

/**
 * A refund made in Stripe's dashboard becomes a Medusa refund on the order. Refunds Medusa made carry its
 * refund id at Stripe and are skipped; the provider adopts the dashboard refund instead of refunding again
 * (modules/stripe-card/service.ts), which also marks it as imported.
 */
export const importStripeRefundsStep = createStep(
  "import-stripe-refunds",
  async (input: { intent: IntentSnapshot | null; links: CardPaymentLinks }, { container }) => {
    const { intent, links } = input
    if (!intent || !links.payment_id || !links.order_id || !links.captured) return new StepResponse([] as string[])
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const imported: string[] = []
    for (const refund of intent.refunds) {
      if (refund.medusa_refund_id || refund.status === "failed" || refund.status === "canceled") continue
      await refundPaymentWorkflow(container).run({
        input: {
          payment_id: links.payment_id,
          amount: fromStripeAmount(refund.amount, intent.currency),
          note: `Refunded in Stripe (${refund.id})`,
        },
      })
      logger.info(`Stripe: refund ${refund.id} made in Stripe recorded on order ${links.order_id}`)
      imported.push(refund.id)
    }
    return new StepResponse(imported)
  }
)
