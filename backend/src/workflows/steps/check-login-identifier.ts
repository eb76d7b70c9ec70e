import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_ACTOR, MAKER_AUTH_PROVIDER } from "../../modules/maker/access-rules"
import { identifierTakenError } from "./maker-access-errors"

export interface CheckLoginIdentifierInput {
  maker_id: string
  /** Her identifier, normalised. */
  identifier: string
}

export interface CheckLoginIdentifierResult {
  /** Auth identities to delete before her new login is made: her earlier logins, and an unclaimed one. */
  replace_ids: string[]
  /** Whether she had a login of her own already (then her old sessions end too). */
  had_login: boolean
}

/** Actor ids an auth identity is attached to (Medusa stores them as app_metadata.<actor>_id). */
const actorIds = (appMetadata: Record<string, unknown> | null | undefined) =>
  Object.entries(appMetadata ?? {}).filter(([key, value]) => key.endsWith("_id") && value != null)

/**
 * May her new login use this identifier? Yes when no one uses it, when it is her own earlier login, or when
 * its auth identity belongs to no actor at all (a registration never completed, which anyone can start with
 * any identifier: it must not lock her out). Otherwise a 409: another account (a customer, a staff user,
 * another maker) uses it.
 */
export const checkLoginIdentifierStep = createStep(
  "check-login-identifier",
  async ({ maker_id, identifier }: CheckLoginIdentifierInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [own, [occupant]] = await Promise.all([
      auth.listAuthIdentities({ app_metadata: { [`${MAKER_ACTOR}_id`]: maker_id } }, { select: ["id"] }),
      auth.listAuthIdentities(
        { provider_identities: { provider: MAKER_AUTH_PROVIDER, entity_id: identifier } },
        { select: ["id", "app_metadata"], take: 1 }
      ),
    ])
    const replace = new Set(own.map((identity) => identity.id))
    if (occupant && !replace.has(occupant.id)) {
      if (actorIds(occupant.app_metadata).length > 0) throw identifierTakenError()
      replace.add(occupant.id)
    }
    return new StepResponse<CheckLoginIdentifierResult>({ replace_ids: [...replace], had_login: own.length > 0 })
  }
)
