import { model } from "@medusajs/framework/utils"
import { CASH_ACCOUNTS, EARNING_STATUSES, integral } from "../types"

/**
 * What one maker earns on one order line item (one row per line item, written by record-earnings), in integer
 * minor units: gross (line total after discounts, without tax and shipping) = org_fee + card_fee_share +
 * maker_amount. The reversed_* columns add up what refunds, returns and cancellations took back so far (each
 * reversal is also a ledger transaction). The ledger is the truth; this row is its index for the workflows.
 * available_at = fulfilled_at + PAYOUT_HOLD_DAYS; the release job makes the earning available after it.
 */
const Earning = model
  .define("earning", {
    id: model.id({ prefix: "earn" }).primaryKey(),
    line_item_id: model.text().unique(),
    order_id: model.text(),
    maker_id: model.text(),
    product_id: model.text().nullable(),
    currency: model.text(),
    cash: model.enum([...CASH_ACCOUNTS]),
    fee_rate_bps: model.number(),
    gross: model.bigNumber(),
    org_fee: model.bigNumber(),
    card_fee_share: model.bigNumber(),
    maker_amount: model.bigNumber(),
    reversed_gross: model.bigNumber().default(0),
    reversed_org_fee: model.bigNumber().default(0),
    reversed_card_fee_share: model.bigNumber().default(0),
    reversed_amount: model.bigNumber().default(0),
    released_amount: model.bigNumber().default(0),
    status: model.enum([...EARNING_STATUSES]).default("pending"),
    earned_at: model.dateTime(),
    fulfilled_at: model.dateTime().nullable(),
    available_at: model.dateTime().nullable(),
    released_at: model.dateTime().nullable(),
    created_by: model.text(),
  })
  .indexes([
    { on: ["maker_id", "currency"] },
    { on: ["order_id"] },
    { on: ["status", "available_at"] },
  ])
  .checks([
    {
      name: "CHK_earning_amounts_integral",
      expression: (c) =>
        [c.gross, c.org_fee, c.card_fee_share, c.maker_amount, c.reversed_gross, c.reversed_org_fee, c.reversed_card_fee_share, c.reversed_amount, c.released_amount]
          .map(integral)
          .join(" AND "),
    },
    { name: "CHK_earning_reversed_le_original", expression: (c) => `${c.reversed_gross} <= ${c.gross} AND ${c.reversed_amount} <= ${c.maker_amount}` },
  ])

export default Earning
