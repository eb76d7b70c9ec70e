import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_ITEM_READY_EVENT, type MakerItemReadyData } from "../../modules/maker/order-progress"
import { findMakerOrderItemStep } from "../steps/find-maker-order-item"
import { recordMakerItemReadyStep } from "../steps/record-maker-item-ready"

export interface MarkMakerItemReadyWorkflowInput {
  /** The maker whose item it must be. */
  maker_id: string
  line_item_id: string
  /** Who marks it: her own maker id from the portal (staff marking for her would pass their user id). */
  actor_id: string
}

/**
 * She says an item of a paid order is ready to hand over: recorded once with who and when; marking it again
 * changes nothing. Not hers, not paid, or unknown: 404. Emits maker.item_ready (ids only) the first time.
 */
export const markMakerItemReadyWorkflow = createWorkflow(
  "mark-maker-item-ready",
  (input: MarkMakerItemReadyWorkflowInput) => {
    const item = findMakerOrderItemStep({ maker_id: input.maker_id, line_item_id: input.line_item_id })

    const record = transform({ input, item }, ({ input, item }) => ({
      line_item_id: item.id,
      order_id: item.order_id,
      maker_id: input.maker_id,
      actor_id: input.actor_id,
    }))
    const recorded = recordMakerItemReadyStep(record)

    when({ recorded }, ({ recorded }) => recorded.created).then(() => {
      const event = transform({ record }, ({ record }) => ({
        eventName: MAKER_ITEM_READY_EVENT,
        data: { id: record.line_item_id, order_id: record.order_id, maker_id: record.maker_id } satisfies MakerItemReadyData,
      }))
      emitEventStep(event)
    })

    return new WorkflowResponse(recorded)
  }
)
