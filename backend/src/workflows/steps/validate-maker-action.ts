import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import type { ConsentItem, MakerRow } from "../../modules/maker/types"

export interface ValidateMakerActionInput {
  maker_id: string
  /** What is about to happen, for the rules the Collective must keep. */
  action: "update" | "hide" | "unhide" | "consent"
  consent?: { item: ConsentItem; granted: boolean }
  consents?: Partial<Record<ConsentItem, boolean>>
  handle?: string
}

/**
 * The maker exists (else 404), and the action keeps the Collective usable: products of hidden makers are
 * shown under its name, so it cannot be hidden, lose its name, or change its handle.
 */
export const validateMakerActionStep = createStep(
  "validate-maker-action",
  async (input: ValidateMakerActionInput, { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const maker: MakerRow = await service.retrieveMakerOrFail(input.maker_id)
    if (maker.is_collective) {
      const refuse = (message: string) => {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
      }
      if (input.action === "hide") refuse("The Collective cannot be hidden: hidden makers' products are shown under its name")
      const consents = { ...input.consents, ...(input.consent ? { [input.consent.item]: input.consent.granted } : {}) }
      if (Object.values(consents).some((granted) => granted === false)) {
        refuse("The Collective's consents cannot be withdrawn: it stands for group work, not for a person")
      }
      if (input.handle && input.handle !== maker.handle) refuse("The Collective's handle cannot change")
    }
    return new StepResponse({ id: maker.id, handle: maker.handle, status: maker.status, is_collective: maker.is_collective })
  }
)
