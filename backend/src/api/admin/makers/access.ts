import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { formatInviteCode, identifierKind, inviteLink, MAKER_ACTOR, maskIdentifier, type IdentifierKind } from "../../../modules/maker/access-rules"
import type { CreatedMakerInvite } from "../../../workflows/steps/create-maker-invite"
import { toSessionView } from "../../maker/sessions/view"
import { makerService } from "./helpers"

type Scope = Pick<MedusaContainer, "resolve">

/** A new invite as staff see it, once: the code to read out and the link to send. */
export interface AdminMakerInvite {
  code: string
  link: string
  expires_at: string
}

/** Her portal access at a glance: no code, and her identifier masked (staff see it in her private data). */
export interface AdminMakerAccess {
  login: { identifier_kind: IdentifierKind; identifier_masked: string } | null
  invite: { created_at: string; expires_at: string } | null
  access_revoked_at: string | null
  /** Her logins that still work (device names and times only). */
  sessions: ReturnType<typeof toSessionView>[]
}

const storefrontUrl = () => process.env.STOREFRONT_URL || "http://localhost:8000"

export const toAdminInvite = (invite: CreatedMakerInvite): AdminMakerInvite => ({
  code: formatInviteCode(invite.code),
  link: inviteLink(storefrontUrl(), invite.code),
  expires_at: new Date(invite.expires_at).toISOString(),
})

export async function retrieveAdminMakerAccess(scope: Scope, makerId: string): Promise<AdminMakerAccess> {
  const service = makerService(scope)
  const maker = await service.retrieveMakerOrFail(makerId)
  const [identities, [invite], sessions] = await Promise.all([
    scope
      .resolve(Modules.AUTH)
      .listAuthIdentities({ app_metadata: { [`${MAKER_ACTOR}_id`]: makerId } }, { relations: ["provider_identities"], take: 1 }),
    service.listOpenInvites(makerId),
    service.listActiveSessions(makerId),
  ])
  const identifier = identities[0]?.provider_identities?.[0]?.entity_id
  return {
    login: identifier ? { identifier_kind: identifierKind(identifier), identifier_masked: maskIdentifier(identifier) } : null,
    invite: invite ? { created_at: new Date(invite.created_at!).toISOString(), expires_at: new Date(invite.expires_at).toISOString() } : null,
    access_revoked_at: maker.access_revoked_at ? new Date(maker.access_revoked_at).toISOString() : null,
    sessions: sessions.map(toSessionView),
  }
}
