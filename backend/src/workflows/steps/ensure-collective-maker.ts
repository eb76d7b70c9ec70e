import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"

/**
 * The Collective, created on first need. No compensation on purpose: the Collective belongs in every store,
 * and other requests may already rely on it by the time a later step fails.
 */
export const ensureCollectiveMakerStep = createStep("ensure-collective-maker", async (_: void, { container }) => {
  const { collective } = await container.resolve<MakerModuleService>(MAKER_MODULE).ensureCollective()
  return new StepResponse({ id: collective.id, handle: collective.handle })
})
