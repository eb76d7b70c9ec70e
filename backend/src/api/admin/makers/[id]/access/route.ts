import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveAdminMakerAccess } from "../../access"

/** Whether she has a portal login (masked) and an open invite (no code). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ access: await retrieveAdminMakerAccess(req.scope, req.params.id) })
}
