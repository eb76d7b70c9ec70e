import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../../../modules/maker"
import { payoutService, payoutSettings } from "../../../../workflows/utils/payout-ledger"
import type { AdminListFeeRatesQueryType, AdminSetFeeRateType } from "./validators"

type FeeRateRow = { id: string; scope: "maker" | "category"; scope_id: string; rate_bps: number; set_by: string; created_at: Date | string }

async function withNames(req: AuthenticatedMedusaRequest<any, any>, rows: FeeRateRow[]) {
  const makerIds = rows.filter((r) => r.scope === "maker").map((r) => r.scope_id)
  const categoryIds = rows.filter((r) => r.scope === "category").map((r) => r.scope_id)
  const [makers, categories] = await Promise.all([
    makerIds.length ? req.scope.resolve<MakerModuleService>(MAKER_MODULE).listMakers({ id: makerIds }, { select: ["id", "display_name"] }) : [],
    categoryIds.length ? req.scope.resolve(Modules.PRODUCT).listProductCategories({ id: categoryIds }, { select: ["id", "name"] }) : [],
  ])
  const names = new Map<string, string>([
    ...makers.map((m) => [`maker:${m.id}`, m.display_name as string] as [string, string]),
    ...categories.map((c) => [`category:${c.id}`, c.name] as [string, string]),
  ])
  return rows.map((row) => ({
    id: row.id,
    scope: row.scope,
    scope_id: row.scope_id,
    name: names.get(`${row.scope}:${row.scope_id}`) ?? null,
    rate_bps: row.rate_bps,
    set_by: row.set_by,
    set_at: new Date(row.created_at).toISOString(),
  }))
}

/** GET /admin/payouts/fee-rates — the default rate (PAYOUT_FEE_RATE_BPS) and the current overrides. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListFeeRatesQueryType>, res: MedusaResponse) => {
  const { scope } = req.validatedQuery as AdminListFeeRatesQueryType
  const rows = (await payoutService(req.scope).listFeeRates(scope ? { scope } : {}, {
    order: { scope: "ASC", created_at: "ASC" },
  })) as unknown as FeeRateRow[]
  res.json({ default_rate_bps: payoutSettings().feeRateBps, fee_rates: await withNames(req, rows) })
}

/**
 * POST /admin/payouts/fee-rates {scope, scope_id, rate_bps} — sets the override of a maker or a category
 * (rate_bps null removes it), recorded with the staff user who set it. Applies to sales recorded from now on.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetFeeRateType>, res: MedusaResponse) => {
  const input = req.validatedBody
  if (input.scope === "maker") {
    await req.scope.resolve<MakerModuleService>(MAKER_MODULE).retrieveMakerOrFail(input.scope_id)
  } else {
    const [category] = await req.scope.resolve(Modules.PRODUCT).listProductCategories({ id: input.scope_id }, { select: ["id"], take: 1 })
    if (!category) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category with id ${input.scope_id} was not found`)
  }
  const service = payoutService(req.scope)
  const created = await service.setFeeRate({ ...input, set_by: req.auth_context.actor_id })
  const row = created ? ((await service.retrieveFeeRate(created.id)) as unknown as FeeRateRow) : null
  res.json({ fee_rate: row ? (await withNames(req, [row]))[0] : null })
}
