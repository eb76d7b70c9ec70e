import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveMakerPortalProfile } from "../helpers"

/** Her own profile for the portal (authenticateMaker and rejectRevokedMakerAccess run first). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { actor_id, auth_identity_id } = req.auth_context
  res.json({ maker: await retrieveMakerPortalProfile(req.scope, actor_id, auth_identity_id) })
}
