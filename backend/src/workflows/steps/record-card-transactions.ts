import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService, type IntentSnapshot } from "../../modules/card-payments"
import type { CardPaymentLinks } from "./settle-card-payment"

/** Stripe's fee and net for each settled charge and refund of the intent, recorded once each. */
export const recordCardTransactionsStep = createStep(
  "record-card-transactions",
  async (input: { intent: IntentSnapshot | null; links: CardPaymentLinks }, { container }) => {
    if (!input.intent || !input.links.known) return new StepResponse([] as string[], [] as string[])
    const cardPayments: CardPaymentsModuleService = container.resolve(CARD_PAYMENTS_MODULE)
    const created = await cardPayments.recordSettled(input.intent, {
      payment_id: input.links.payment_id,
      order_id: input.links.order_id,
    })
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (!created?.length) return
    const cardPayments: CardPaymentsModuleService = container.resolve(CARD_PAYMENTS_MODULE)
    await cardPayments.deleteCardTransactions(created)
  }
)
