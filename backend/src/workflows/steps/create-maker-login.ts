import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_AUTH_PROVIDER } from "../../modules/maker/access-rules"
import { identifierTakenError } from "./maker-access-errors"

export interface CreateMakerLoginInput {
  /** Her identifier, normalised: the provider identity's entity_id. */
  identifier: string
  password: string
}

/**
 * Her auth identity, registered through the emailpass provider (which hashes the password). No actor yet:
 * the workflow attaches her maker id next. The compensation deletes it.
 */
export const createMakerLoginStep = createStep(
  "create-maker-login",
  async ({ identifier, password }: CreateMakerLoginInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register(MAKER_AUTH_PROVIDER, {
      body: { email: identifier, password },
    })
    if (!success || !authIdentity) {
      // Someone registered the identifier since it was checked.
      if (/already exists/i.test(error ?? "")) throw identifierTakenError()
      throw new Error("Could not create the portal login")
    }
    return new StepResponse({ auth_identity_id: authIdentity.id }, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([authIdentityId])
  }
)
