import { model } from "@medusajs/framework/utils"
import { FEE_RATE_SCOPES } from "../types"

/**
 * The organisation's fee on a maker's sales, overriding PAYOUT_FEE_RATE_BPS for one maker (scope "maker",
 * scope_id her id) or one product category (scope "category", scope_id the category id). Basis points:
 * 1000 = 10%. Precedence maker > category > default. A change soft-deletes the current row and creates a new
 * one, so the history of rates (and who set each, `set_by`) stays.
 */
const FeeRate = model
  .define("fee_rate", {
    id: model.id({ prefix: "feer" }).primaryKey(),
    scope: model.enum([...FEE_RATE_SCOPES]),
    scope_id: model.text(),
    rate_bps: model.number(),
    set_by: model.text(),
  })
  .indexes([{ on: ["scope", "scope_id"], unique: true }])
  .checks([{ name: "CHK_fee_rate_bps_range", expression: (c) => `${c.rate_bps} >= 0 AND ${c.rate_bps} <= 10000` }])

export default FeeRate
