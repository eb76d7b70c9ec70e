import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"

export interface ValidateMakerPortalInput {
  maker_id: string
}

/** She exists (else 404) and is a person: the Collective stands for group work and has no portal login. */
export const validateMakerPortalStep = createStep(
  "validate-maker-portal",
  async ({ maker_id }: ValidateMakerPortalInput, { container }) => {
    const maker = await container.resolve<MakerModuleService>(MAKER_MODULE).retrieveMakerOrFail(maker_id)
    if (maker.is_collective) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The Collective is not a person and has no portal login")
    }
    return new StepResponse({ id: maker.id })
  }
)
