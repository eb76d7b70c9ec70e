import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { duplicateHandleError } from "./maker-errors"

export interface ValidateMakerHandleInput {
  handle?: string
  /** The maker being edited, whose own handle is no conflict. */
  maker_id?: string
}

/** Rejects a handle another maker already uses (checked before any write; the unique index backs it up). */
export const validateMakerHandleStep = createStep(
  "validate-maker-handle",
  async ({ handle, maker_id }: ValidateMakerHandleInput, { container }) => {
    if (handle) {
      const service = container.resolve<MakerModuleService>(MAKER_MODULE)
      const [taken] = await service.listMakers({ handle }, { select: ["id"], take: 1, withDeleted: true })
      if (taken && taken.id !== maker_id) throw duplicateHandleError(handle)
    }
    return new StepResponse(undefined)
  }
)
