import { model } from "@medusajs/framework/utils"
import { PAYOUT_BATCH_STATUSES } from "../types"
import PayoutItem from "./payout-item"

/**
 * A payout run for one currency and period: what each maker is paid from her available balance.
 * `seq` numbers batches for short transfer references ("RK-<seq>-<n>"). `created_by` is the staff user.
 */
const PayoutBatch = model
  .define("payout_batch", {
    id: model.id({ prefix: "pbat" }).primaryKey(),
    seq: model.autoincrement(),
    period_start: model.dateTime().nullable(),
    period_end: model.dateTime(),
    currency: model.text(),
    status: model.enum([...PAYOUT_BATCH_STATUSES]).default("open"),
    created_by: model.text(),
    items: model.hasMany(() => PayoutItem, { mappedBy: "batch" }),
  })
  .indexes([{ on: ["currency", "created_at"] }])

export default PayoutBatch
