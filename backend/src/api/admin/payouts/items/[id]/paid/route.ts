import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { actorOf } from "../../../../makers/helpers"
import type { AdminMarkPayoutItemPaidType } from "../../../batches/validators"
import { settleAndRespond } from "../../helpers"

/** The transfer went out (the bank's transfer reference): her money is paid out. Once per item; again → 400. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMarkPayoutItemPaidType>, res: MedusaResponse) => {
  const { transfer_reference, note } = req.validatedBody
  await settleAndRespond(req, res, {
    item_id: req.params.id,
    outcome: "paid",
    transfer_reference,
    note: note ?? null,
    actor_id: actorOf(req),
  })
}
