import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { account, toMajor } from "@rumah-karya/ledger"
import { makerBalancesOf, payoutService } from "../../../../workflows/utils/payout-ledger"
import type { AdminPayoutTotalsQueryType } from "../balances/validators"

/**
 * GET /admin/payouts/totals?currency=&from=&to= — the period's figures from the ledger, in major units:
 * gross_sales (makers' lines sold, after discounts, without tax and shipping), refunded (of those lines),
 * organisation_fees (net of reversals), card_fees (the organisation's card fee expense, net of makers'
 * shares), paid_to_makers (transfers marked paid); and at the end of the period (`to`, or now) what makers
 * are owed: pending, available, in_payout.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminPayoutTotalsQueryType>, res: MedusaResponse) => {
  const { currency, from, to } = req.validatedQuery as AdminPayoutTotalsQueryType
  const sums = await payoutService(req.scope).sumAccounts({ currency, from, to })
  const total = (accounts: string[], kinds?: string[]) =>
    sums
      .filter((row) => accounts.includes(row.account) && (!kinds || kinds.includes(row.kind)))
      .reduce((sum, row) => sum + row.amount, 0)
  const cash = [account.cashBank, account.cashStripe]
  const owed = [...(await makerBalancesOf(req.scope, { currency, before: to })).values()]
    .flat()
    .reduce((acc, b) => ({ pending: acc.pending + b.pending, available: acc.available + b.available, in_payout: acc.in_payout + b.inPayout }), {
      pending: 0,
      available: 0,
      in_payout: 0,
    })
  const major = (minor: number) => toMajor(minor, currency)
  res.json({
    currency: currency.toLowerCase(),
    from: from?.toISOString() ?? null,
    to: to?.toISOString() ?? null,
    gross_sales: major(total(cash, ["sale"])),
    refunded: major(-total(cash, ["reversal"])),
    organisation_fees: major(-total([account.orgFees])),
    card_fees: major(total([account.cardFees])),
    paid_to_makers: major(total([account.payoutsSent], ["payout_paid"])),
    pending: major(owed.pending),
    available: major(owed.available),
    in_payout: major(owed.in_payout),
  })
}
