import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fromStripeAmount } from "../../../../../lib/stripe/amounts"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService } from "../../../../../modules/card-payments"

/**
 * GET /admin/orders/:id/card-transactions — the order's card charge and refunds with Stripe's fee and net,
 * in the balance currency's major units (e.g. 12.34 USD), oldest first.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const cardPayments: CardPaymentsModuleService = req.scope.resolve(CARD_PAYMENTS_MODULE)
  const rows = await cardPayments.listCardTransactions({ order_id: req.params.id }, { order: { created_at: "ASC" } })
  res.json({
    card_transactions: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      stripe_id: row.stripe_id,
      balance_transaction_id: row.balance_transaction_id,
      currency: row.currency,
      amount: fromStripeAmount(Number(row.amount), row.currency),
      fee: fromStripeAmount(Number(row.fee), row.currency),
      net: fromStripeAmount(Number(row.net), row.currency),
      created_at: row.created_at,
    })),
  })
}
