import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID } from "../modules/stripe-card/options"
import { syncStripeIntent } from "../workflows/sync-stripe-payment/run-locked"

type PaymentRow = { provider_id: string; data?: { id?: string } | null } | null

/**
 * Card orders and refunds record Stripe's fee and net as soon as they happen, without waiting for Stripe's
 * webhook (which may be late, or not configured yet). The same sync as the webhook, so neither counts twice.
 */
export default async function cardPaymentFees({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let payments: PaymentRow[]
  if (event.name === OrderWorkflowEvents.PLACED) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["payment_collections.payments.provider_id", "payment_collections.payments.data"],
      filters: { id: event.data.id },
    })
    payments = (data[0]?.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  } else {
    const { data } = await query.graph({ entity: "payment", fields: ["provider_id", "data"], filters: { id: event.data.id } })
    payments = data
  }
  const intents = payments
    .filter((payment) => payment?.provider_id === STRIPE_PROVIDER_ID && payment.data?.id)
    .map((payment) => payment!.data!.id!)
  for (const intentId of new Set(intents)) {
    try {
      await syncStripeIntent(container, intentId)
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Stripe: fees of ${intentId} not recorded yet (${(error as Error).message}); the next webhook records them`)
    }
  }
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, PaymentEvents.REFUNDED],
}
