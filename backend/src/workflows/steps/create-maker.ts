import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import type { Craft, MakerRow } from "../../modules/maker/types"
import { duplicateHandleError, isUniqueViolation } from "./maker-errors"

export interface CreateMakerStepInput {
  handle: string
  display_name: string
  story_id?: string | null
  story_en?: string | null
  crafts: Craft[]
  city?: string | null
  image_url?: string | null
  joined_at?: Date
}

export const createMakerStep = createStep(
  "create-maker",
  async (input: CreateMakerStepInput, { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    let maker: MakerRow
    try {
      maker = (await service.createMakers({
        handle: input.handle,
        display_name: input.display_name,
        story_id: input.story_id ?? null,
        story_en: input.story_en ?? null,
        crafts: input.crafts,
        city: input.city ?? null,
        image_url: input.image_url ?? null,
        joined_at: input.joined_at ?? new Date(),
        status: "active",
        is_collective: false,
      })) as unknown as MakerRow
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateHandleError(input.handle)
      throw error
    }
    return new StepResponse(maker, maker.id)
  },
  async (makerId, { container }) => {
    if (!makerId) return
    await container.resolve<MakerModuleService>(MAKER_MODULE).deleteMakers(makerId)
  }
)
