import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MAKER_MODULE, type MakerModuleService } from "../../../../modules/maker"
import { balanceToMajor, makerBalancesOf } from "../../../../workflows/utils/payout-ledger"
import type { AdminPayoutBalancesQueryType } from "./validators"

/**
 * GET /admin/payouts/balances?currency= — each maker's balances derived from her ledger entries, in major
 * units: pending, available, in_payout, paid_out, earned, reversed. Makers with no entries are not listed.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminPayoutBalancesQueryType>, res: MedusaResponse) => {
  const { currency } = req.validatedQuery as AdminPayoutBalancesQueryType
  const byMaker = await makerBalancesOf(req.scope, { currency })
  const makerIds = [...byMaker.keys()]
  const makers = makerIds.length
    ? await req.scope
        .resolve<MakerModuleService>(MAKER_MODULE)
        .listMakers({ id: makerIds }, { select: ["id", "display_name", "handle"], withDeleted: true })
    : []
  const makerById = new Map(makers.map((maker) => [maker.id, { id: maker.id, display_name: maker.display_name, handle: maker.handle }]))
  const balances = [...byMaker.entries()]
    .flatMap(([makerId, perCurrency]) =>
      perCurrency.map((balance) => ({
        maker: makerById.get(makerId) ?? { id: makerId, display_name: "", handle: null },
        ...balanceToMajor(balance),
        currency: balance.currency.toLowerCase(),
      }))
    )
    .sort((a, b) => a.maker.display_name.localeCompare(b.maker.display_name) || a.currency.localeCompare(b.currency))
  res.json({ balances })
}
