import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { exponentOf, matchStatement, type MatchResult, type MatchTarget } from "@rumah-karya/ledger"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService } from "../../../modules/card-payments"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../../modules/payout"
import { minorOf } from "../../create-payout-batch/ledger"
import { ORDER_LOOKBACK_DAYS, orderPaymentTargets, payoutItemTargets } from "../targets"
import type { ParsedStatement, ParsedStatementLine, StatementKind } from "./parse-statement"

export interface ReconcileStatementInput {
  kind: StatementKind
  currency: string
  filename: string
  statement: ParsedStatement
  actor_id: string
}

export interface ReconcileStatementOutput {
  import_id: string
  line_ids: string[]
  /** Lines of the file already imported before (by fingerprint): not stored nor matched again. */
  duplicate_lines: number[]
  warnings: string[]
}

/** What a Stripe balance-report line is matched to: a card_transaction row of the card payments module. */
export const STRIPE_TARGET_KIND = "card_transaction"

const DAY_MS = 24 * 60 * 60 * 1000

type LineRow = {
  import_id: string
  fingerprint: string
  line: number
  date: string
  amount: number
  reference: string
  description: string
  status: "matched" | "mismatched" | "unmatched"
  target_kind: string | null
  target_id: string | null
  difference: number | null
  note: string | null
  matched_by: string | null
  matched_at: Date | null
}

/**
 * Stores an imported statement and matches its new lines. Lines whose fingerprint is already stored (the same
 * file, or an overlapping export, imported before) are skipped and counted: never stored or matched twice.
 * Bank lines are matched (packages/ledger matchStatement) against payout items (money out) and buyers'
 * bank-transfer payments (money in, by the order's transfer reference), leaving out targets an earlier line
 * already matched. Stripe report lines are matched to card_transaction rows by balance transaction id.
 * Runs under the statements lock (see the workflow), so two imports never match one target twice.
 */
export const reconcileStatementStep = createStep(
  "reconcile-statement",
  async (input: ReconcileStatementInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const { lines } = input.statement

    const known = new Set(
      (
        await payouts.listStatementLines({ fingerprint: lines.map((l) => l.fingerprint) }, { select: ["fingerprint"], withDeleted: true })
      ).map((row) => row.fingerprint)
    )
    const fresh = lines.filter((line) => !known.has(line.fingerprint))
    const duplicateLines = lines.filter((line) => known.has(line.fingerprint)).map((line) => line.line)

    const created = await payouts.createStatementImports({
      kind: input.kind,
      filename: input.filename,
      currency: input.currency,
      imported_by: input.actor_id,
      line_count: lines.length,
    })
    try {
      const now = new Date()
      const rows: LineRow[] =
        input.kind === "bank"
          ? (await matchBankLines(container, input.currency, fresh)).map((result) => bankRow(created.id, result, now))
          : await matchStripeLines(container, input.currency, fresh, created.id, now)
      const stored = rows.length ? await payouts.createStatementLines(rows as any[]) : []
      return new StepResponse<ReconcileStatementOutput, string>(
        { import_id: created.id, line_ids: stored.map((row) => row.id), duplicate_lines: duplicateLines, warnings: input.statement.warnings },
        created.id
      )
    } catch (error) {
      await removeImport(payouts, created.id)
      throw error
    }
  },
  async (importId, { container }) => {
    if (importId) await removeImport(container.resolve<PayoutModuleService>(PAYOUT_MODULE), importId)
  }
)

async function removeImport(payouts: PayoutModuleService, importId: string) {
  const lines = await payouts.listStatementLines({ import_id: importId }, { select: ["id"] })
  if (lines.length) await payouts.deleteStatementLines(lines.map((l) => l.id))
  await payouts.deleteStatementImports([importId])
}

/** Ids of targets that a stored line has already matched (matched lines only: a mismatch leaves the target open). */
async function matchedTargetIds(scope: Parameters<typeof payoutItemTargets>[0], kinds: string[]): Promise<Set<string>> {
  const rows = await scope
    .resolve<PayoutModuleService>(PAYOUT_MODULE)
    .listStatementLines({ status: "matched", target_kind: kinds as any }, { select: ["target_id"] })
  return new Set(rows.map((row) => row.target_id).filter((id): id is string => Boolean(id)))
}

async function matchBankLines(scope: Parameters<typeof payoutItemTargets>[0], currency: string, lines: ParsedStatementLine[]): Promise<MatchResult[]> {
  if (!lines.length) return []
  const earliest = lines.map((l) => l.date).sort()[0]!
  const since = new Date(new Date(`${earliest}T00:00:00Z`).getTime() - ORDER_LOOKBACK_DAYS * DAY_MS)
  const targets: MatchTarget[] = [...(await payoutItemTargets(scope, currency)), ...(await orderPaymentTargets(scope, currency, since))]
  const already = await matchedTargetIds(scope, ["payout_item", "order_payment"])
  return matchStatement(
    lines.map(({ stripe: _stripe, ...line }) => line),
    targets,
    already
  )
}

function bankRow(importId: string, result: MatchResult, now: Date): LineRow {
  const { line } = result
  return {
    import_id: importId,
    fingerprint: line.fingerprint,
    line: line.line,
    date: line.date,
    amount: line.amount,
    reference: line.reference,
    description: line.description,
    status: result.status,
    target_kind: result.target?.kind ?? null,
    target_id: result.target?.id ?? null,
    difference: result.status === "mismatched" ? result.difference ?? null : null,
    note: result.note ?? null,
    matched_by: result.target ? "system" : null,
    matched_at: result.target ? now : null,
  }
}

/**
 * Stripe report lines against the card transactions recorded from Stripe's webhooks, by balance transaction
 * id. card_transaction holds Stripe's own units (hundredths, for IDR as for USD); the report line holds the
 * ledger's minor units, so both are compared in Stripe's units. Same gross and fee: matched; otherwise
 * mismatched with the difference in gross (the note says when the fee differs); no such transaction: unmatched.
 */
async function matchStripeLines(
  scope: Parameters<typeof payoutItemTargets>[0],
  currency: string,
  lines: ParsedStatementLine[],
  importId: string,
  now: Date
): Promise<LineRow[]> {
  if (!lines.length) return []
  const cards = scope.resolve<CardPaymentsModuleService>(CARD_PAYMENTS_MODULE)
  const transactions = await cards.listCardTransactions(
    { balance_transaction_id: lines.map((l) => l.reference) },
    { select: ["id", "balance_transaction_id", "currency", "amount", "fee"] }
  )
  const byBalanceId = new Map(transactions.map((tx) => [tx.balance_transaction_id, tx]))
  const already = await matchedTargetIds(scope, [STRIPE_TARGET_KIND])
  const toStripeUnits = 10 ** (2 - exponentOf(currency))
  return lines.map((line) => {
    const base: LineRow = {
      import_id: importId,
      fingerprint: line.fingerprint,
      line: line.line,
      date: line.date,
      amount: line.amount,
      reference: line.reference,
      description: line.description,
      status: "unmatched",
      target_kind: null,
      target_id: null,
      difference: null,
      note: null,
      matched_by: null,
      matched_at: null,
    }
    const tx = byBalanceId.get(line.reference)
    if (!tx) {
      const type = line.stripe?.type ?? ""
      return { ...base, note: /payout/i.test(type) ? "A Stripe payout to the bank account: no card payment to match." : null }
    }
    if (already.has(tx.id)) return { ...base, note: `Card transaction ${tx.balance_transaction_id} is already matched to another line.` }
    const grossDiff = line.amount * toStripeUnits - minorOf(tx.amount)
    const feeDiff = (line.stripe?.fee ?? 0) * toStripeUnits - minorOf(tx.fee)
    const matched = grossDiff === 0 && feeDiff === 0
    return {
      ...base,
      status: matched ? "matched" : "mismatched",
      target_kind: STRIPE_TARGET_KIND,
      target_id: tx.id,
      difference: matched ? null : Math.round(grossDiff / toStripeUnits),
      note: !matched && feeDiff !== 0 ? "Stripe's fee in the report differs from the fee recorded for this payment." : null,
      matched_by: "system",
      matched_at: now,
    }
  })
}
