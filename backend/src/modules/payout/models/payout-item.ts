import { model } from "@medusajs/framework/utils"
import { integral, PAYOUT_ITEM_STATUSES } from "../types"
import PayoutBatch from "./payout-batch"

/**
 * One transfer to one maker in a batch (integer minor units). `reference` is short and unique ("RK-12-3"): it is
 * what the bank statement shows. At most one item per maker and currency in a batch (unique index): a database
 * guard besides the batch lock. Settled (paid/failed) once, by `settled_by` at `settled_at`, with a note.
 */
const PayoutItem = model
  .define("payout_item", {
    id: model.id({ prefix: "pitem" }).primaryKey(),
    batch: model.belongsTo(() => PayoutBatch, { mappedBy: "items" }),
    maker_id: model.text(),
    currency: model.text(),
    amount: model.bigNumber(),
    reference: model.text().unique(),
    status: model.enum([...PAYOUT_ITEM_STATUSES]).default("reserved"),
    transfer_reference: model.text().nullable(),
    settled_by: model.text().nullable(),
    settled_at: model.dateTime().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["batch_id", "maker_id", "currency"], unique: true }, { on: ["maker_id", "status"] }])
  .checks([{ name: "CHK_payout_item_amount", expression: (c) => `${integral(c.amount)} AND ${c.amount} > 0` }])

export default PayoutItem
