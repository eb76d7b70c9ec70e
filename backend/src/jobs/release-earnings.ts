import type { MedusaContainer } from "@medusajs/framework/types"
import { SYSTEM_ACTOR } from "../modules/payout/types"
import { releaseEarningsWorkflow } from "../workflows/release-earnings"
import { payoutService, withOrderLock } from "../workflows/utils/payout-ledger"

/**
 * Hourly: earnings whose hold has passed become available to be paid out. Order by order, each under the
 * order's lock, so a refund of the same order never sees half a release. `now` is for tests.
 */
export default async function releaseEarningsJob(container: MedusaContainer, now: Date = new Date()) {
  const due = await payoutService(container).listEarnings(
    { status: "pending", available_at: { $lte: now } },
    { select: ["order_id"], take: 5000 }
  )
  let released = 0
  for (const orderId of new Set(due.map((earning) => earning.order_id))) {
    const { result } = await withOrderLock(container, orderId, () =>
      releaseEarningsWorkflow(container).run({ input: { now: now.toISOString(), actor: SYSTEM_ACTOR, order_id: orderId } })
    )
    released += result.released
  }
  if (released) container.resolve("logger").info(`Payouts: ${released} earning(s) released`)
  return released
}

export const config = {
  name: "release-earnings",
  schedule: "0 * * * *",
}
