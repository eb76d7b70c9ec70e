import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { SYSTEM_ACTOR } from "../modules/payout/types"
import { markEarningsFulfilledWorkflow, releaseEarningsWorkflow } from "../workflows/release-earnings"
import { withOrderLock } from "../workflows/utils/payout-ledger"

/**
 * Staff fulfilled items of an order (`order.fulfillment_created`): the hold of each wholly fulfilled line's
 * earning starts (available after PAYOUT_HOLD_DAYS; src/jobs/release-earnings.ts releases it). With no hold
 * (PAYOUT_HOLD_DAYS=0) the earnings are released at once rather than at the next hourly run.
 */
export default async function payoutFulfilment({ event, container }: SubscriberArgs<{ order_id: string; fulfillment_id: string }>) {
  const orderId = event.data.order_id
  if (!orderId) return
  await withOrderLock(container, orderId, async () => {
    await markEarningsFulfilledWorkflow(container).run({ input: { order_id: orderId } })
    await releaseEarningsWorkflow(container).run({ input: { actor: SYSTEM_ACTOR, order_id: orderId } })
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.FULFILLMENT_CREATED,
  context: { subscriberId: "payout-fulfilment" },
}
