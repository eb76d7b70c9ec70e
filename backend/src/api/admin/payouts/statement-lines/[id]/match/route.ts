import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorOf } from "../../../../makers/helpers"
import type { AdminMatchStatementLineType } from "../../../batches/validators"
import { setMatchAndRespond } from "../../helpers"

/** Staff match a line by hand to a payout item, an order payment or a card transaction, with a note. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMatchStatementLineType>, res: MedusaResponse) => {
  const { target_kind, target_id, note } = req.validatedBody
  await setMatchAndRespond(req, res, { line_id: req.params.id, action: "match", target_kind, target_id, note, actor_id: actorOf(req) })
}
