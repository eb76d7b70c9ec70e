import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID } from "../modules/stripe-card/options"
import { SYSTEM_ACTOR } from "../modules/payout/types"
import { recordEarningsWorkflow } from "../workflows/record-earnings"
import { syncStripeIntent } from "../workflows/sync-stripe-payment/run-locked"
import { withOrderLock } from "../workflows/utils/payout-ledger"

type PaymentRow = { provider_id: string; data?: { id?: string } | null; captured_at?: unknown } | null | undefined

/**
 * Makers' earnings are recorded when the buyer's money is in: when staff capture a bank transfer (and Medusa
 * captures a card payment after Stripe's webhook) — `payment.captured` — and when an order is placed already
 * paid (cards captured at checkout emit no capture event) — `order.placed`. Recording is idempotent per line.
 */
export default async function payoutEarnings({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let orderId: string | undefined
  if (event.name === OrderWorkflowEvents.PLACED) {
    orderId = event.data.id
  } else {
    const { data: payments } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: event.data.id } })
    const collectionId = payments[0]?.payment_collection_id
    if (!collectionId) return
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: collectionId },
    })
    orderId = links[0]?.order_id
  }
  if (!orderId) return

  // A card order's Stripe fee is needed for the makers' share of it: make sure it is recorded first (the same
  // locked, idempotent sync as the card-payment-fees subscriber and the webhook; failure leaves the fee out).
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.provider_id", "payment_collections.payments.data", "payment_collections.payments.captured_at"],
    filters: { id: orderId },
  })
  const payments: PaymentRow[] = (orders[0]?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])
  for (const payment of payments) {
    if (payment?.provider_id !== STRIPE_PROVIDER_ID || !payment.data?.id || !payment.captured_at) continue
    await syncStripeIntent(container, payment.data.id).catch((error: Error) =>
      logger.warn(`Payouts: card fee of order ${orderId} not known yet (${error.message})`)
    )
  }

  try {
    const id = orderId
    await withOrderLock(container, id, () => recordEarningsWorkflow(container).run({ input: { order_id: id, actor: SYSTEM_ACTOR } }))
  } catch (error) {
    // Ids only: never order contents or buyer data in logs.
    logger.error(`Payouts: earnings of order ${orderId} not recorded (${(error as Error).message})`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, OrderWorkflowEvents.PLACED],
  context: { subscriberId: "payout-earnings" },
}
