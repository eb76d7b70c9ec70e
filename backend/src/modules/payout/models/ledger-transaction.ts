import { model } from "@medusajs/framework/utils"
import { LEDGER_TRANSACTION_KINDS } from "../types"
import LedgerEntry from "./ledger-entry"

/**
 * One balanced ledger transaction (its entries sum to zero per currency). `reference` is its idempotency key
 * ("sale:<line_item_id>", "reversal:<refund_id>:<line_item_id>", …): writing the same transaction twice fails
 * on the unique index instead of counting money twice. Append-only: corrections are new transactions.
 * `meta` holds ids only (order_id, line_item_id, maker_id, batch_id…), never private data.
 * `created_by` is the staff user's id, or "system".
 */
const LedgerTransaction = model
  .define("ledger_transaction", {
    id: model.id({ prefix: "ltx" }).primaryKey(),
    kind: model.enum([...LEDGER_TRANSACTION_KINDS]),
    reference: model.text().unique(),
    occurred_at: model.dateTime(),
    meta: model.json().nullable(),
    created_by: model.text(),
    entries: model.hasMany(() => LedgerEntry, { mappedBy: "transaction" }),
  })
  .indexes([{ on: ["kind", "occurred_at"] }, { on: ["occurred_at"] }])

export default LedgerTransaction
