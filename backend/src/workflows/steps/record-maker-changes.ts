import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"

export interface MakerChangeInput {
  maker_id: string
  action: string
  actor_id: string
  /** Names of the fields changed, never their values. */
  fields: string[]
}

/** Appends entries to the makers' change history (entries without fields are skipped). */
export const recordMakerChangesStep = createStep(
  "record-maker-changes",
  async (changes: MakerChangeInput[], { container }) => {
    const entries = changes.filter((change) => change.fields.length > 0)
    if (!entries.length) return new StepResponse([] as string[], [] as string[])
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const rows = await service.createMakerChanges(
      entries.map(({ maker_id, action, actor_id, fields }) => ({ maker_id, action, actor_id, fields }))
    )
    const ids = rows.map((row) => row.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).deleteMakerChanges(ids)
  }
)
