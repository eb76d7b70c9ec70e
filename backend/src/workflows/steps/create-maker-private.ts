import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { PRIVATE_FIELDS, type MakerPrivateData } from "../../modules/maker/types"
import { withoutPrivateDetail } from "./maker-errors"

export interface CreateMakerPrivateStepInput {
  maker_id: string
  data?: Partial<MakerPrivateData>
}

/** Her private row, created with the maker (empty fields are null). Returns the names of the fields set. */
export const createMakerPrivateStep = createStep(
  "create-maker-private",
  async ({ maker_id, data }: CreateMakerPrivateStepInput, { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const values = Object.fromEntries(PRIVATE_FIELDS.map((field) => [field, data?.[field] ?? null]))
    const row = await withoutPrivateDetail("save the maker's private data", () =>
      service.createMakerPrivates({ maker_id, ...values })
    )
    const setFields = PRIVATE_FIELDS.filter((field) => values[field] !== null)
    return new StepResponse(setFields as string[], row.id)
  },
  async (rowId, { container }) => {
    if (!rowId) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).deleteMakerPrivates(rowId)
  }
)
