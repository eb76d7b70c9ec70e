import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markEarningsFulfilledStep } from "./steps/mark-earnings-fulfilled"
import { releaseDueEarningsStep } from "./steps/release-due-earnings"

export interface ReleaseEarningsWorkflowInput {
  /** The moment to release up to (ISO); now by default. Tests pass a later moment instead of waiting. */
  now?: string
  /** Who releases: "system" for the scheduled job. */
  actor: string
  /** Only this order's earnings (the job releases order by order, each under the order's lock). */
  order_id?: string
}

/** Makes every earning whose hold has passed available to be paid out (src/jobs/release-earnings.ts, hourly). */
export const releaseEarningsWorkflow = createWorkflow("release-earnings", (input: ReleaseEarningsWorkflowInput) => {
  const result = releaseDueEarningsStep({ now: input.now, actor: input.actor, order_id: input.order_id })
  return new WorkflowResponse(result)
})

export interface MarkEarningsFulfilledWorkflowInput {
  order_id: string
  /** When the items were fulfilled (ISO); now by default. */
  at?: string
}

/** Staff fulfilled (some of) an order: the hold of each wholly fulfilled line's earning starts now. */
export const markEarningsFulfilledWorkflow = createWorkflow(
  "mark-earnings-fulfilled",
  (input: MarkEarningsFulfilledWorkflowInput) => {
    const result = markEarningsFulfilledStep({ order_id: input.order_id, at: input.at })
    return new WorkflowResponse(result)
  }
)
