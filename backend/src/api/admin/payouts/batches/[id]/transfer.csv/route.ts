import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bulkTransferCsv } from "@rumah-karya/ledger"
import { minorOf } from "../../../../../../workflows/create-payout-batch/ledger"
import { retrieveBatch, transferDetailsByMaker } from "../../helpers"

export const MISSING_PAYOUT_DETAILS = "missing_payout_details"
export const NOTHING_TO_TRANSFER = "nothing_to_transfer"

/**
 * The bank's bulk-transfer file of a batch (text/csv attachment): one row per item still to be transferred
 * (reserved), with the maker's payout details — staff only, never logged, never cached. Makers without
 * complete payout details are not left out silently: the file is refused (409) naming them by display name.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { batch, items, makers } = await retrieveBatch(req.scope, req.params.id)
  const open = items.filter((item) => item.status === "reserved")
  if (!open.length) {
    res.status(409).json({
      type: "not_allowed",
      code: NOTHING_TO_TRANSFER,
      message: "Every item of this batch is settled (paid or failed); there is nothing left to transfer.",
    })
    return
  }
  const details = await transferDetailsByMaker(req.scope, open.map((item) => item.maker_id))
  const missing = open.filter((item) => !details.get(item.maker_id))
  if (missing.length) {
    const named = missing.map((item) => ({ id: item.maker_id, display_name: makers.get(item.maker_id)?.display_name ?? item.maker_id }))
    res.status(409).json({
      type: "not_allowed",
      code: MISSING_PAYOUT_DETAILS,
      message: `No complete payout details for ${named.map((m) => m.display_name).join(", ")}. Add them on the maker's page (or mark the item failed), then download the file again.`,
      makers: named,
    })
    return
  }
  const csv = bulkTransferCsv(
    open.map((item) => {
      const to = details.get(item.maker_id)!
      return { name: to.name, bank: to.bank, account: to.account, amount: minorOf(item.amount), currency: item.currency, reference: item.reference }
    })
  )
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="payout-batch-${Number(batch.seq)}-${batch.currency}.csv"`)
  res.setHeader("Cache-Control", "no-store")
  res.status(200).send(csv)
}
