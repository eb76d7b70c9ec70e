import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_ACTOR } from "../../modules/maker/access-rules"

export interface ListMakerLoginsInput {
  maker_id: string
}

/** The ids of her auth identities: those whose app_metadata.maker_id is hers. */
export const listMakerLoginsStep = createStep(
  "list-maker-logins",
  async ({ maker_id }: ListMakerLoginsInput, { container }) => {
    const identities = await container
      .resolve(Modules.AUTH)
      .listAuthIdentities({ app_metadata: { [`${MAKER_ACTOR}_id`]: maker_id } }, { select: ["id"] })
    return new StepResponse(identities.map((identity) => identity.id))
  }
)
