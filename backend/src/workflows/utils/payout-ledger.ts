import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { MathBN, Modules } from "@medusajs/framework/utils"
import {
  allMakerBalances,
  normalizeCurrency,
  roundToMinor,
  toMajor,
  type LedgerTransaction,
  type MakerBalance,
} from "@rumah-karya/ledger"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../modules/payout"
import type { MakerPostingSum, StoredLedgerTransaction } from "../../modules/payout/service"

// Reads of the payout ledger shared by the workflows and the routes (docs/payouts.md): the settings, a maker's
// balances derived from her entries (never stored), her statement, and the period totals. Figures are integer
// minor units here; routes convert them to major units once, with toMajor, when they answer.

type Scope = Pick<MedusaContainer, "resolve">

export interface PayoutSettings {
  /** The organisation's fee on a sale, in basis points (1000 = 10%): PAYOUT_FEE_RATE_BPS. */
  feeRateBps: number
  /** Days between fulfilment and the earning becoming available: PAYOUT_HOLD_DAYS. */
  holdDays: number
  /** Whether makers bear their share of the card fee: PAYOUT_MAKER_BEARS_CARD_FEE=true. */
  makerBearsCardFee: boolean
}

function intFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number between ${min} and ${max}`)
  }
  return value
}

/** Read at each use, so a changed setting applies to the next sale (a sale keeps the rate it was made with). */
export function payoutSettings(): PayoutSettings {
  return {
    feeRateBps: intFromEnv("PAYOUT_FEE_RATE_BPS", 1000, 0, 10000),
    holdDays: intFromEnv("PAYOUT_HOLD_DAYS", 7, 0, 365),
    makerBearsCardFee: process.env.PAYOUT_MAKER_BEARS_CARD_FEE === "true",
  }
}

export const DAY_MS = 24 * 60 * 60 * 1000

export const payoutService = (scope: Scope) => scope.resolve<PayoutModuleService>(PAYOUT_MODULE)

/** Ledger currency codes are upper case (IDR, USD); Medusa's are lower case. */
export const ledgerCurrency = (medusaCurrency: string) => normalizeCurrency(medusaCurrency)

/**
 * Every maker's balances from summed postings: each sum becomes one posting of a transaction of its kind, and
 * the ledger package derives the balances exactly as it would from the full history (its rules are linear).
 */
export function balancesFromSums(sums: MakerPostingSum[]): Map<string, MakerBalance[]> {
  const transactions: LedgerTransaction[] = sums.map((sum) => ({
    kind: sum.kind,
    reference: `sum:${sum.maker_id}:${sum.account}:${sum.kind}`,
    occurred_at: new Date(0).toISOString(),
    postings: [{ account: sum.account, currency: sum.currency, amount: sum.amount }],
  }))
  return allMakerBalances(transactions)
}

export async function makerBalancesOf(
  scope: Scope,
  filter: { maker_ids?: string[]; currency?: string; before?: Date } = {}
): Promise<Map<string, MakerBalance[]>> {
  return balancesFromSums(await payoutService(scope).sumMakerPostings(filter))
}

/** A balance in the API's shape: major units. */
export function balanceToMajor(balance: MakerBalance) {
  const major = (minor: number) => toMajor(minor, balance.currency)
  return {
    currency: balance.currency,
    pending: major(balance.pending),
    available: major(balance.available),
    in_payout: major(balance.inPayout),
    paid_out: major(balance.paidOut),
    earned: major(balance.earned),
    reversed: major(balance.reversed),
  }
}

export const emptyBalance = (currency: string): MakerBalance => ({
  currency,
  pending: 0,
  available: 0,
  inPayout: 0,
  paidOut: 0,
  earned: 0,
  reversed: 0,
})

/** What a transaction did to her accounts: the change of each of her buckets (positive = more owed/paid to her). */
export function makerEffect(tx: LedgerTransaction, makerId: string) {
  const effect = { pending: 0, available: 0, in_payout: 0, paid_out: 0 }
  const prefix = `maker:${makerId}:`
  for (const posting of tx.postings) {
    if (!posting.account.startsWith(prefix)) continue
    const bucket = posting.account.slice(prefix.length) as keyof typeof effect
    if (bucket in effect) effect[bucket] -= posting.amount
  }
  return effect
}

export interface StatementLine {
  date: string
  kind: LedgerTransaction["kind"]
  reference: string
  order_id: string | null
  line_item_id: string | null
  /** What she is owed more (+) or less (−) after this transaction: the change of pending + available. */
  amount: number
  /** Her balance owed (pending + available + in payout) after this line. */
  balance: number
}

/**
 * Her statement for a currency and period: the opening balances (transactions before `from`), each transaction
 * in the period with what it changed of what she is owed, and the closing balances. Minor units.
 */
export async function makerStatement(
  scope: Scope,
  makerId: string,
  currency: string,
  period: { from?: Date; to?: Date }
): Promise<{ opening: MakerBalance; lines: StatementLine[]; closing: MakerBalance; transactions: StoredLedgerTransaction[] }> {
  const service = payoutService(scope)
  const opening = period.from
    ? (await makerBalancesOf(scope, { maker_ids: [makerId], currency, before: period.from })).get(makerId)?.[0] ?? emptyBalance(currency)
    : emptyBalance(currency)
  const transactions = await service.listMakerLedger(makerId, { currency, from: period.from, to: period.to })
  const closing = { ...opening }
  const owed = (b: MakerBalance) => b.pending + b.available + b.inPayout
  const lines: StatementLine[] = []
  for (const tx of transactions) {
    // The transaction's own effect on her balances, by the ledger's rules, added to the running balance.
    const delta = allMakerBalances([tx]).get(makerId)?.find((b) => b.currency === currency) ?? emptyBalance(currency)
    const before = owed(closing)
    closing.pending += delta.pending
    closing.available += delta.available
    closing.inPayout += delta.inPayout
    closing.paidOut += delta.paidOut
    closing.earned += delta.earned
    closing.reversed += delta.reversed
    lines.push({
      date: tx.occurred_at,
      kind: tx.kind,
      reference: tx.reference,
      order_id: (tx.meta?.order_id as string | undefined) ?? null,
      line_item_id: (tx.meta?.line_item_id as string | undefined) ?? null,
      amount: owed(closing) - before,
      balance: owed(closing),
    })
  }
  return { opening, lines, closing, transactions }
}

/**
 * Runs `work` for one order at a time (Medusa's locking module: in memory by default, Redis when the store
 * runs on several processes), so that a capture, a refund and a cancellation of the same order arriving
 * together each see what the others wrote.
 */
export async function withOrderLock<T>(scope: Scope, orderId: string, work: () => Promise<T>): Promise<T> {
  const locking = scope.resolve(Modules.LOCKING)
  return locking.execute(`payout:order:${orderId}`, work, { timeout: 60 })
}

/** Medusa amounts (numbers, strings, BigNumber or its raw value) as integer minor units, rounded half up. */
export function minorOf(value: unknown, currency: string): number {
  if (value === null || value === undefined) return 0
  return roundToMinor(MathBN.convert(value as BigNumberInput).toFixed(), currency)
}
