import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorOf } from "../../../../makers/helpers"
import type { AdminUnmatchStatementLineType } from "../../../batches/validators"
import { setMatchAndRespond } from "../../helpers"

/** Staff undo a line's match (automatic or by hand), with a note; the target is open again. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUnmatchStatementLineType>, res: MedusaResponse) => {
  await setMatchAndRespond(req, res, { line_id: req.params.id, action: "unmatch", note: req.validatedBody.note, actor_id: actorOf(req) })
}
