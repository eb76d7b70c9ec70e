import { model } from "@medusajs/framework/utils"
import { STATEMENT_KINDS } from "../types"

/** One uploaded statement (bank CSV or Stripe balance report): who imported it, and how many lines it had. */
const StatementImport = model
  .define("statement_import", {
    id: model.id({ prefix: "stimp" }).primaryKey(),
    kind: model.enum([...STATEMENT_KINDS]),
    filename: model.text(),
    currency: model.text(),
    imported_by: model.text(),
    line_count: model.number(),
  })
  .indexes([{ on: ["created_at"] }])

export default StatementImport
