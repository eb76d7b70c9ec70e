import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateMakerWorkflow } from "../../../../workflows/update-maker"
import { actorOf, retrieveAdminMaker, retrieveAdminMakerDetail } from "../helpers"
import type { AdminUpdateMakerType } from "../validators"

/** The one admin read that includes her private data. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ maker: await retrieveAdminMakerDetail(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateMakerType>, res: MedusaResponse) => {
  const { private: privateData, consents, ...update } = req.validatedBody
  await updateMakerWorkflow(req.scope).run({
    input: { id: req.params.id, update, private: privateData, consents, actor_id: actorOf(req) },
  })
  res.json({ maker: await retrieveAdminMaker(req.scope, req.params.id) })
}
