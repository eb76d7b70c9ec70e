import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { SYSTEM_ACTOR } from "../modules/payout/types"
import { reverseEarningsWorkflow, type ReversalSource } from "../workflows/reverse-earnings"
import { withOrderLock } from "../workflows/utils/payout-ledger"

type EventData = { id?: string; order_id?: string; return_id?: string }

/**
 * Money or goods going back take back what makers earned: a refund (`payment.refunded`, named by the
 * payment's latest refund), a received return (`order.return_received`) and a cancellation (`order.canceled`,
 * which also refunds captured payments: whichever arrives first reverses, the other finds nothing left).
 */
export default async function payoutReversals({ event, container }: SubscriberArgs<EventData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let orderId: string | undefined
  let source: ReversalSource | undefined
  if (event.name === PaymentEvents.REFUNDED) {
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["payment_collection_id", "refunds.id", "refunds.created_at"],
      filters: { id: event.data.id! },
    })
    const payment = payments[0]
    if (!payment) return
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection_id },
    })
    orderId = links[0]?.order_id
    const latest = [...((payment.refunds ?? []) as { id: string; created_at: Date | string }[])].sort(
      (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime() || (a.id < b.id ? 1 : -1)
    )[0]
    source = { kind: "refund", id: latest?.id ?? `payment-${event.data.id}` }
  } else if (event.name === OrderWorkflowEvents.RETURN_RECEIVED) {
    orderId = event.data.order_id
    source = { kind: "return", id: event.data.return_id ?? `return-of-${orderId}` }
  } else {
    orderId = event.data.id
    source = { kind: "cancel", id: `cancel-${orderId}` }
  }
  if (!orderId || !source) return
  const id = orderId
  const src = source
  await withOrderLock(container, id, () =>
    reverseEarningsWorkflow(container).run({ input: { order_id: id, source: src, actor: SYSTEM_ACTOR } })
  )
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.REFUNDED, OrderWorkflowEvents.RETURN_RECEIVED, OrderWorkflowEvents.CANCELED],
  context: { subscriberId: "payout-reversals" },
}
