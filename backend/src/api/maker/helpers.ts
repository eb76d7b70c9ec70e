import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { identifierKind, MAKER_ACTOR, MAKER_AUTH_PROVIDER, maskIdentifier, type IdentifierKind } from "../../modules/maker/access-rules"
import { CRAFTS, type Craft, type MakerStatus } from "../../modules/maker/types"

type Scope = Pick<MedusaContainer, "resolve">

/** What the portal shows her of herself: her public profile fields and her login, masked. */
export interface MakerPortalProfile {
  id: string
  handle: string
  display_name: string
  status: MakerStatus
  crafts: Craft[]
  city: string | null
  login: { identifier_kind: IdentifierKind; identifier_masked: string } | null
}

const PROFILE_COLUMNS = ["id", "handle", "display_name", "status", "crafts", "city"]

export async function retrieveMakerPortalProfile(scope: Scope, makerId: string, authIdentityId: string): Promise<MakerPortalProfile> {
  const [[maker], [providerIdentity]] = await Promise.all([
    scope.resolve<MakerModuleService>(MAKER_MODULE).listMakers({ id: makerId }, { select: PROFILE_COLUMNS, take: 1 }),
    scope
      .resolve(Modules.AUTH)
      .listProviderIdentities({ auth_identity_id: authIdentityId, provider: MAKER_AUTH_PROVIDER }, { select: ["entity_id"], take: 1 }),
  ])
  if (!maker) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  const identifier = providerIdentity?.entity_id
  return {
    id: maker.id,
    handle: maker.handle,
    display_name: maker.display_name,
    status: maker.status as MakerStatus,
    crafts: CRAFTS.filter((craft) => ((maker.crafts as string[] | null) ?? []).includes(craft)),
    city: maker.city ?? null,
    login: identifier ? { identifier_kind: identifierKind(identifier), identifier_masked: maskIdentifier(identifier) } : null,
  }
}

/** A portal token for her new login, made exactly as POST /auth/maker/emailpass makes one. */
export async function makerToken(scope: MedusaContainer, authIdentityId: string) {
  const authIdentity = await scope.resolve(Modules.AUTH).retrieveAuthIdentity(authIdentityId, { relations: ["provider_identities"] })
  return generateJwtTokenWithChecks(scope, { authIdentity, actorType: MAKER_ACTOR, authProvider: MAKER_AUTH_PROVIDER })
}
