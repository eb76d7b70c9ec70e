import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutCandidates, toMajor } from "@rumah-karya/ledger"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../../modules/payout"
import { payoutMinimum } from "../config"
import { minorOf } from "../ledger"

export interface PlanPayoutBatchInput {
  /** Canonical code ("IDR"). */
  currency: string
  /** ISO. Earnings released after it wait for the next batch. */
  period_end: string
}

export interface PlannedPayoutItem {
  maker_id: string
  /** Minor units. */
  amount: number
  /** Her n-th reserve in this currency: the reserve transaction's reference (the database guard). */
  reserve_n: number
}

export interface PayoutBatchPlan {
  currency: string
  period_start: string | null
  period_end: string
  minimum: number
  items: PlannedPayoutItem[]
}

type EntryRow = { maker_id: string | null; amount: unknown; transaction: { id: string; kind: string; occurred_at: Date | string } }

/**
 * Reads every maker's available balance in the currency — inside the batch lock, so it sees the batches
 * created before — and plans one item per maker whose payable money reaches the minimum. Payable is her
 * available balance without the earnings released after period_end. One query (one snapshot) gives both her
 * balance and how many reserves she has had, which names the reserve transaction (see references.ts).
 */
export const planPayoutBatchStep = createStep("plan-payout-batch", async (input: PlanPayoutBatchInput, { container }) => {
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const { currency } = input
  const periodEnd = new Date(input.period_end)
  const minimum = payoutMinimum(currency)

  const entries = (await payouts.listLedgerEntries(
    { currency, account: { $like: "maker:%:available" } },
    {
      select: ["id", "maker_id", "account", "amount", "transaction.id", "transaction.kind", "transaction.occurred_at"],
      relations: ["transaction"],
    }
  )) as unknown as EntryRow[]

  const perMaker = new Map<string, { available: number; releasedLater: number; reserves: Set<string> }>()
  for (const entry of entries) {
    const makerId = entry.maker_id
    if (!makerId) continue
    let m = perMaker.get(makerId)
    if (!m) perMaker.set(makerId, (m = { available: 0, releasedLater: 0, reserves: new Set() }))
    const owed = -minorOf(entry.amount) // maker accounts are credit-normal
    m.available += owed
    const tx = entry.transaction
    if (tx.kind === "release" && new Date(tx.occurred_at) > periodEnd) m.releasedLater += owed
    if (tx.kind === "payout_reserve") m.reserves.add(tx.id)
  }

  const candidates = payoutCandidates(
    [...perMaker].map(([makerId, m]) => ({ makerId, currency, available: m.available - m.releasedLater })),
    { [currency]: minimum }
  )
  if (!candidates.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `No maker has at least ${toMajor(minimum, currency)} ${currency} available to pay (up to ${periodEnd.toISOString()}), so no batch was created`
    )
  }

  const [previous] = await payouts.listPayoutBatches(
    { currency },
    { select: ["id", "period_end"], order: { period_end: "DESC", created_at: "DESC" }, take: 1 }
  )
  const previousEnd = previous ? new Date(previous.period_end as unknown as string) : null
  const plan: PayoutBatchPlan = {
    currency,
    period_start: previousEnd && previousEnd < periodEnd ? previousEnd.toISOString() : null,
    period_end: periodEnd.toISOString(),
    minimum,
    items: candidates.map((c) => ({ maker_id: c.makerId, amount: c.amount, reserve_n: perMaker.get(c.makerId)!.reserves.size + 1 })),
  }
  return new StepResponse(plan)
})
