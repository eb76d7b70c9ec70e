import { model } from "@medusajs/framework/utils"
import { integral } from "../types"
import LedgerTransaction from "./ledger-transaction"

/**
 * One posting of a ledger transaction: `amount` in integer minor units of `currency`, > 0 a debit, < 0 a credit.
 * `maker_id` repeats the maker named in `account` ("maker:<id>:<bucket>"), null for organisation and cash
 * accounts, so that a maker's entries are found by index. Balances are sums of entries, never stored.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    transaction: model.belongsTo(() => LedgerTransaction, { mappedBy: "entries" }),
    account: model.text(),
    maker_id: model.text().nullable(),
    currency: model.text(),
    amount: model.bigNumber(),
  })
  .indexes([{ on: ["account", "currency"] }, { on: ["maker_id", "currency"] }])
  .checks([{ name: "CHK_ledger_entry_amount_integral", expression: (c) => integral(c.amount) }])

export default LedgerEntry
