import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { exponentOf, roundToMinor } from "@rumah-karya/ledger"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService } from "../../../modules/card-payments"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../../modules/payout"
import { minorOf } from "../../create-payout-batch/ledger"

/** The kinds staff name. */
export type StatementTargetKind = "payout_item" | "order_payment" | "card_transaction"

export type SetStatementLineMatchInput =
  | { line_id: string; action: "match"; target_kind: StatementTargetKind; target_id: string; note: string; actor_id: string }
  | { line_id: string; action: "unmatch"; note: string; actor_id: string }

type Scope = Pick<MedusaContainer, "resolve">

type LineRow = {
  id: string
  import_id: string
  line: number
  amount: unknown
  status: "matched" | "mismatched" | "unmatched"
  target_kind: StatementTargetKind | null
  target_id: string | null
  difference: unknown
  note: string | null
  matched_by: string | null
  matched_at: Date | string | null
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/** The amount a target should show on a statement in the currency (minor units, signed), or a 400 when it is not one. */
async function expectedAmount(scope: Scope, kind: StatementTargetKind, id: string, currency: string, statementKind: string): Promise<number> {
  if (kind === "card_transaction") {
    if (statementKind !== "stripe") throw refuse("A bank statement line is matched to a payout item or an order payment, not a card transaction")
    const [tx] = await scope.resolve<CardPaymentsModuleService>(CARD_PAYMENTS_MODULE).listCardTransactions({ id }, { take: 1 })
    if (!tx) throw refuse("Card transaction not found")
    if (String(tx.currency).toUpperCase() !== currency) throw refuse(`The card transaction is not in ${currency}`)
    return Math.round(minorOf(tx.amount) / 10 ** (2 - exponentOf(currency)))
  }
  if (statementKind !== "bank") throw refuse("A Stripe report line is matched to a card transaction")
  if (kind === "payout_item") {
    const [item] = await scope.resolve<PayoutModuleService>(PAYOUT_MODULE).listPayoutItems({ id }, { take: 1 })
    if (!item) throw refuse("Payout item not found")
    if (item.currency !== currency) throw refuse(`Payout item ${item.reference} is not in ${currency}`)
    return -minorOf(item.amount)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "amount", "currency_code"], filters: { id } })
  const payment = data[0] as { amount: unknown; currency_code: string } | undefined
  if (!payment) throw refuse("Order payment not found")
  if (String(payment.currency_code).toUpperCase() !== currency) throw refuse(`The payment is not in ${currency}`)
  return roundToMinor(String((payment.amount as any)?.numeric ?? payment.amount), currency)
}

/**
 * Staff match a statement line to a target by hand (a payout item, a buyer's payment, a card transaction),
 * or undo a match, always with a note; who did it and when are recorded on the line. A target matches at most
 * one line; a matched line must be unmatched before it is matched elsewhere.
 */
export const setStatementLineMatchStep = createStep(
  "set-statement-line-match",
  async (input: SetStatementLineMatchInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const [line] = (await payouts.listStatementLines({ id: input.line_id }, { take: 1 })) as unknown as LineRow[]
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Statement line not found")
    const imported = await payouts.retrieveStatementImport(line.import_id, { select: ["id", "kind", "currency"] })
    const previous = {
      id: line.id,
      status: line.status,
      target_kind: line.target_kind,
      target_id: line.target_id,
      difference: line.difference === null ? null : minorOf(line.difference),
      note: line.note,
      matched_by: line.matched_by,
      matched_at: line.matched_at ? new Date(line.matched_at) : null,
    }
    const now = new Date()

    if (input.action === "unmatch") {
      if (line.status === "unmatched") throw refuse(`Line ${line.line} is not matched`)
      await payouts.updateStatementLines({
        id: line.id,
        status: "unmatched",
        target_kind: null,
        target_id: null,
        difference: null,
        note: input.note,
        matched_by: input.actor_id,
        matched_at: now,
      } as any)
      return new StepResponse({ line_id: line.id }, previous)
    }

    if (line.status === "matched") throw refuse(`Line ${line.line} is already matched; unmatch it first`)
    const expected = await expectedAmount(container, input.target_kind, input.target_id, imported.currency, imported.kind)
    const [taken] = await payouts.listStatementLines(
      { status: "matched", target_kind: input.target_kind, target_id: input.target_id, id: { $ne: line.id } },
      { select: ["id", "line", "import_id"], take: 1 }
    )
    if (taken) throw refuse(`That target is already matched to line ${taken.line} of an imported statement; unmatch it there first`)
    const difference = minorOf(line.amount) - expected
    await payouts.updateStatementLines({
      id: line.id,
      status: "matched",
      target_kind: input.target_kind,
      target_id: input.target_id,
      difference: difference === 0 ? null : difference,
      note: input.note,
      matched_by: input.actor_id,
      matched_at: now,
    } as any)
    return new StepResponse({ line_id: line.id }, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<PayoutModuleService>(PAYOUT_MODULE).updateStatementLines(previous as any)
  }
)
