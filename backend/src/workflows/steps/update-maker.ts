import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { PUBLIC_EDITABLE_FIELDS, type MakerRow, type MakerStatus } from "../../modules/maker/types"
import { duplicateHandleError, isUniqueViolation } from "./maker-errors"

export interface UpdateMakerStepInput {
  id: string
  update: Partial<Pick<MakerRow, (typeof PUBLIC_EDITABLE_FIELDS)[number]>> & { status?: MakerStatus }
}

type Previous = { id: string; previous: Record<string, unknown> }

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Changes the given public fields (and status). Returns the maker after the change and the names of the
 * fields that changed; the compensation puts the previous values back.
 */
export const updateMakerStep = createStep(
  "update-maker",
  async ({ id, update }: UpdateMakerStepInput, { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const before = await service.retrieveMakerOrFail(id)
    const changed = (Object.keys(update) as (keyof typeof update)[]).filter(
      (field) => update[field] !== undefined && !same(update[field], (before as any)[field])
    )
    if (!changed.length) {
      return new StepResponse(
        { maker: before, changed: [] as string[], previous_handle: before.handle },
        undefined as Previous | undefined
      )
    }
    const data = Object.fromEntries(changed.map((field) => [field, update[field] ?? null]))
    let maker: MakerRow
    try {
      maker = (await service.updateMakers({ id, ...data })) as unknown as MakerRow
    } catch (error) {
      if (isUniqueViolation(error) && update.handle) throw duplicateHandleError(update.handle)
      throw error
    }
    const previous = Object.fromEntries(changed.map((field) => [field, (before as any)[field] ?? null]))
    return new StepResponse(
      { maker, changed: changed as string[], previous_handle: before.handle },
      { id, previous } as Previous | undefined
    )
  },
  async (compensation, { container }) => {
    if (!compensation) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).updateMakers({ id: compensation.id, ...compensation.previous })
  }
)
