import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { retrieveBankTransfer } from "../../bank-transfer"

/** How to pay an order by bank transfer: account, reference, amount, and whether staff have seen it arrive. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const bankTransfer = await retrieveBankTransfer(req.scope, req.params.id)
  if (!bankTransfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order paid by bank transfer with this id")
  res.json({ bank_transfer: bankTransfer })
}
