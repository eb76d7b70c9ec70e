import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorOf } from "../../../../makers/helpers"
import type { AdminMarkPayoutItemFailedType } from "../../../batches/validators"
import { settleAndRespond } from "../../helpers"

/** The transfer failed (a note says why): her money returns to her available balance for the next batch. Once per item. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMarkPayoutItemFailedType>, res: MedusaResponse) => {
  await settleAndRespond(req, res, { item_id: req.params.id, outcome: "failed", note: req.validatedBody.note, actor_id: actorOf(req) })
}
