import { model } from "@medusajs/framework/utils"
import { integral, STATEMENT_LINE_STATUSES, STATEMENT_TARGET_KINDS } from "../types"

/**
 * One line of an imported statement (`amount` in integer minor units, + in, − out; `date` YYYY-MM-DD as the bank
 * wrote it). `fingerprint` is unique, so a line imported twice is recognised and never matched twice.
 * A match names its target (a payout item or an order's payment), who matched it (staff id or "system") and a note.
 */
const StatementLine = model
  .define("statement_line", {
    id: model.id({ prefix: "stln" }).primaryKey(),
    import_id: model.text(),
    fingerprint: model.text().unique(),
    line: model.number(),
    date: model.text(),
    amount: model.bigNumber(),
    reference: model.text(),
    description: model.text(),
    status: model.enum([...STATEMENT_LINE_STATUSES]).default("unmatched"),
    target_kind: model.enum([...STATEMENT_TARGET_KINDS]).nullable(),
    target_id: model.text().nullable(),
    difference: model.bigNumber().nullable(),
    note: model.text().nullable(),
    matched_by: model.text().nullable(),
    matched_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["import_id", "line"] }, { on: ["target_kind", "target_id"] }, { on: ["status"] }])
  .checks([{ name: "CHK_statement_line_amount_integral", expression: (c) => integral(c.amount) }])

export default StatementLine
