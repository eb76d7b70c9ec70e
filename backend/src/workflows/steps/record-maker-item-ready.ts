import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { isUniqueViolation } from "./maker-errors"

export interface RecordMakerItemReadyInput {
  line_item_id: string
  order_id: string
  maker_id: string
  /** Who marks it: her maker id from the portal, or a staff user id. */
  actor_id: string
}

export interface RecordMakerItemReadyOutput {
  ready_at: Date | string
  /** False when the item was already ready: nothing was written. */
  created: boolean
}

/**
 * Marks a line item ready to hand over, once: when it is already ready (also when two requests race, which the
 * unique index on line_item_id settles) the first record stands and nothing changes. The compensation removes
 * only a record this step created.
 */
export const recordMakerItemReadyStep = createStep(
  "record-maker-item-ready",
  async (input: RecordMakerItemReadyInput, { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const existing = async () => {
      const [row] = await service.listMakerItemProgresses({ line_item_id: input.line_item_id }, { take: 1 })
      return row
    }
    const found = await existing()
    if (found) return new StepResponse<RecordMakerItemReadyOutput, string | null>({ ready_at: found.ready_at, created: false }, null)
    try {
      const row = await service.createMakerItemProgresses({
        line_item_id: input.line_item_id,
        order_id: input.order_id,
        maker_id: input.maker_id,
        ready_at: new Date(),
        marked_by: input.actor_id,
      })
      return new StepResponse<RecordMakerItemReadyOutput, string | null>({ ready_at: row.ready_at, created: true }, row.id)
    } catch (error) {
      const winner = isUniqueViolation(error) ? await existing() : undefined
      if (!winner) throw error
      return new StepResponse<RecordMakerItemReadyOutput, string | null>({ ready_at: winner.ready_at, created: false }, null)
    }
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).deleteMakerItemProgresses(createdId)
  }
)
