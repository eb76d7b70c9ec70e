import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { markEarningsFulfilledWorkflow } from "../workflows/release-earnings"
import { withOrderLock } from "../workflows/utils/payout-ledger"

/**
 * Staff fulfilled items of an order (`order.fulfillment_created`): the hold of each wholly fulfilled line's
 * earning starts (available after PAYOUT_HOLD_DAYS; src/jobs/release-earnings.ts releases it).
 */
export default async function payoutFulfilment({ event, container }: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  const orderId = event.data.order_id
  if (!orderId) return
  await withOrderLock(container, orderId, () => markEarningsFulfilledWorkflow(container).run({ input: { order_id: orderId } }))
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.FULFILLMENT_CREATED,
  context: { subscriberId: "payout-fulfilment" },
}
