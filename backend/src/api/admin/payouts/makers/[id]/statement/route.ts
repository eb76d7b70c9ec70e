import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { toMajor } from "@rumah-karya/ledger"
import { orderLabels } from "../../../../../../workflows/utils/order-labels"
import { MAKER_MODULE, type MakerModuleService } from "../../../../../../modules/maker"
import { balanceToMajor, makerStatement } from "../../../../../../workflows/utils/payout-ledger"
import type { AdminPayoutStatementQueryType } from "../../../balances/validators"

const KIND_WORDS: Record<string, string> = {
  sale: "Sale",
  release: "Released (hold ended)",
  reversal: "Refund, return or cancellation",
  payout_reserve: "Reserved for payout",
  payout_paid: "Paid out",
  payout_failed: "Payout failed, back to available",
  card_fee: "Card fee",
  adjustment: "Adjustment",
}

/**
 * GET /admin/payouts/makers/:id/statement?currency=&from=&to= — her opening balances, every transaction of the
 * period with what it changed of what she is owed (pending + available + in payout) and the running balance,
 * and her closing balances. Major units. Descriptions name the product, never the buyer.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminPayoutStatementQueryType>, res: MedusaResponse) => {
  const { currency, from, to } = req.validatedQuery as AdminPayoutStatementQueryType
  const [maker] = await req.scope
    .resolve<MakerModuleService>(MAKER_MODULE)
    .listMakers({ id: req.params.id }, { select: ["id", "display_name", "handle"], take: 1, withDeleted: true })
  if (!maker) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker with id ${req.params.id} was not found`)
  const statement = await makerStatement(req.scope, maker.id, currency, { from, to })

  const orderIds = [...new Set(statement.lines.map((line) => line.order_id).filter((id): id is string => Boolean(id)))]
  const { displayIdOf, titleOf } = await orderLabels(req.scope, orderIds)

  const major = (minor: number) => toMajor(minor, currency)
  const buckets = (b: Parameters<typeof balanceToMajor>[0]) => {
    const { currency: _currency, ...rest } = balanceToMajor(b)
    return rest
  }
  res.json({
    maker: { id: maker.id, display_name: maker.display_name, handle: maker.handle },
    currency: currency.toLowerCase(),
    from: from?.toISOString() ?? null,
    to: to?.toISOString() ?? null,
    opening: buckets(statement.opening),
    lines: statement.lines.map((line) => {
      const title = line.line_item_id ? titleOf.get(line.line_item_id) ?? null : null
      return {
        date: line.date,
        kind: line.kind,
        reference: line.reference,
        order_display_id: line.order_id ? displayIdOf.get(line.order_id) ?? null : null,
        description: [KIND_WORDS[line.kind] ?? line.kind, title].filter(Boolean).join(": "),
        amount: major(line.amount),
        balance: major(line.balance),
      }
    }),
    closing: buckets(statement.closing),
  })
}
