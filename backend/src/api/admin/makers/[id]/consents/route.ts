import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordMakerConsentWorkflow } from "../../../../../workflows/record-maker-consent"
import { actorOf, retrieveAdminMaker } from "../../helpers"
import type { AdminRecordConsentType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminRecordConsentType>, res: MedusaResponse) => {
  const { item, granted } = req.validatedBody
  await recordMakerConsentWorkflow(req.scope).run({
    input: { id: req.params.id, item, granted, actor_id: actorOf(req) },
  })
  res.json({ maker: await retrieveAdminMaker(req.scope, req.params.id) })
}
