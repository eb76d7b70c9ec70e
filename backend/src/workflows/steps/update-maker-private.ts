import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { PRIVATE_FIELDS, type MakerPrivateData } from "../../modules/maker/types"
import { withoutPrivateDetail } from "./maker-errors"

export interface UpdateMakerPrivateStepInput {
  maker_id: string
  data?: Partial<MakerPrivateData>
}

type Previous = { id: string; created: boolean; values: Record<string, string | null> }

/**
 * Changes the given private fields (creating her private row if it is missing). Returns only the names of
 * the fields whose value changed; the compensation restores the previous values.
 */
export const updateMakerPrivateStep = createStep(
  "update-maker-private",
  async ({ maker_id, data }: UpdateMakerPrivateStepInput, { container }) => {
    const given = PRIVATE_FIELDS.filter((field) => data && data[field] !== undefined)
    if (!given.length) return new StepResponse([] as string[], undefined as Previous | undefined)

    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const [existing] = await service.listMakerPrivates({ maker_id }, { take: 1 })
    const next = Object.fromEntries(given.map((field) => [field, data![field] ?? null]))
    if (!existing) {
      const row = await withoutPrivateDetail("save the maker's private data", () =>
        service.createMakerPrivates({ maker_id, ...next })
      )
      return new StepResponse(given as string[], { id: row.id, created: true, values: {} })
    }
    const changed = given.filter((field) => (existing as Record<string, unknown>)[field] !== next[field])
    if (!changed.length) return new StepResponse([] as string[], undefined as Previous | undefined)
    const previous = Object.fromEntries(changed.map((field) => [field, (existing as Record<string, any>)[field] ?? null]))
    await withoutPrivateDetail("save the maker's private data", () =>
      service.updateMakerPrivates({ id: existing.id, ...Object.fromEntries(changed.map((f) => [f, next[f]])) })
    )
    return new StepResponse(changed as string[], { id: existing.id, created: false, values: previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    await withoutPrivateDetail("restore the maker's private data", async () => {
      if (previous.created) await service.deleteMakerPrivates(previous.id)
      else await service.updateMakerPrivates({ id: previous.id, ...previous.values })
    })
  }
)
