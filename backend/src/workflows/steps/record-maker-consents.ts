import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { CONSENT_ITEMS, type ConsentItem } from "../../modules/maker/types"

export interface RecordMakerConsentsStepInput {
  maker_id: string
  consents?: Partial<Record<ConsentItem, boolean>>
  /** Record only the items whose current consent differs (an edit form re-sends unchanged ones). */
  only_changes?: boolean
  recorded_by: string
}

/**
 * Appends one consent record per given item. Returns the names (`consents.<item>`) of the items recorded.
 * Records are never edited; the compensation removes only the records this step wrote.
 */
export const recordMakerConsentsStep = createStep(
  "record-maker-consents",
  async ({ maker_id, consents, only_changes, recorded_by }: RecordMakerConsentsStepInput, { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    let items = CONSENT_ITEMS.filter((item) => typeof consents?.[item] === "boolean")
    if (only_changes && items.length) {
      const current = (await service.listCurrentConsents([maker_id])).get(maker_id)
      items = items.filter((item) => (current?.[item].granted ?? false) !== consents![item])
    }
    if (!items.length) return new StepResponse([] as string[], [] as string[])
    const recorded_at = new Date()
    const records = await service.createMakerConsents(
      items.map((item) => ({ maker_id, item, granted: consents![item]!, recorded_by, recorded_at }))
    )
    return new StepResponse(
      items.map((item) => `consents.${item}`),
      records.map((record) => record.id)
    )
  },
  async (recordIds, { container }) => {
    if (!recordIds?.length) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).deleteMakerConsents(recordIds)
  }
)
