import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toMajor } from "@rumah-karya/ledger"
import { orderReference } from "../../../../modules/bank-transfer/reference"
import { CARD_PAYMENTS_MODULE, type CardPaymentsModuleService } from "../../../../modules/card-payments"
import { minorOf } from "../../../../workflows/create-payout-batch/ledger"
import { makerSummaries, payoutService } from "../batches/helpers"

// Shapes of imported statements and their lines in the admin API (docs/payouts.md, "Reconciliation").

type Scope = Pick<MedusaContainer, "resolve">
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

export type ImportRow = {
  id: string
  kind: "bank" | "stripe"
  filename: string
  currency: string
  imported_by: string
  line_count: number
  created_at: Date | string
}

export type LineRow = {
  id: string
  import_id: string
  line: number
  date: string
  amount: unknown
  reference: string
  description: string
  status: "matched" | "mismatched" | "unmatched"
  target_kind: string | null
  target_id: string | null
  difference: unknown
  note: string | null
  matched_by: string | null
  matched_at: Date | string | null
}

export const IMPORT_FIELDS = ["id", "kind", "filename", "currency", "imported_by", "line_count", "created_at"]
export const LINE_FIELDS = [
  "id",
  "import_id",
  "line",
  "date",
  "amount",
  "reference",
  "description",
  "status",
  "target_kind",
  "target_id",
  "difference",
  "note",
  "matched_by",
  "matched_at",
]

export function summaryOf(lines: Pick<LineRow, "status">[], duplicates = 0) {
  const count = (status: LineRow["status"]) => lines.filter((line) => line.status === status).length
  return { matched: count("matched"), mismatched: count("mismatched"), unmatched: count("unmatched"), duplicate_lines_skipped: duplicates }
}

export function importToApi(row: ImportRow) {
  return {
    id: row.id,
    kind: row.kind,
    filename: row.filename,
    currency: row.currency.toLowerCase(),
    imported_by: row.imported_by,
    line_count: Number(row.line_count),
    created_at: iso(row.created_at),
  }
}

/** What a line is matched to, described for staff: a payout item (reference, maker), an order's payment, a card transaction. */
export type TargetDescription =
  | { kind: "payout_item"; id: string; reference: string; amount: number; status: string; maker: { id: string; display_name: string | null } }
  | { kind: "order_payment"; id: string; reference: string | null; amount: number | null; order_id: string | null; order_display_id: number | null }
  | { kind: "card_transaction"; id: string; balance_transaction_id: string; amount: number; order_id: string | null }

async function describeTargets(scope: Scope, lines: LineRow[], currency: string): Promise<Map<string, TargetDescription>> {
  const ids = (kind: string) => [...new Set(lines.filter((l) => l.target_kind === kind && l.target_id).map((l) => l.target_id!))]
  const out = new Map<string, TargetDescription>()

  const itemIds = ids("payout_item")
  if (itemIds.length) {
    const items = await payoutService(scope).listPayoutItems({ id: itemIds }, { select: ["id", "reference", "amount", "status", "maker_id", "currency"] })
    const makers = await makerSummaries(scope, items.map((i) => i.maker_id))
    for (const item of items) {
      out.set(`payout_item:${item.id}`, {
        kind: "payout_item",
        id: item.id,
        reference: item.reference,
        amount: toMajor(minorOf(item.amount), item.currency),
        status: item.status,
        maker: { id: item.maker_id, display_name: makers.get(item.maker_id)?.display_name ?? null },
      })
    }
  }

  const paymentIds = ids("order_payment")
  if (paymentIds.length) {
    const query = scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "payment_collections.payments.id", "payment_collections.payments.amount"],
      filters: { payment_collections: { payments: { id: paymentIds } } } as any,
    }).catch(() => ({ data: [] as any[] }))
    for (const order of orders as any[]) {
      for (const collection of order.payment_collections ?? []) {
        for (const payment of collection?.payments ?? []) {
          if (!payment || !paymentIds.includes(payment.id)) continue
          out.set(`order_payment:${payment.id}`, {
            kind: "order_payment",
            id: payment.id,
            reference: order.display_id ? orderReference(order.display_id) : null,
            amount: Number(payment.amount),
            order_id: order.id,
            order_display_id: order.display_id ?? null,
          })
        }
      }
    }
    for (const id of paymentIds) {
      if (!out.has(`order_payment:${id}`)) {
        out.set(`order_payment:${id}`, { kind: "order_payment", id, reference: null, amount: null, order_id: null, order_display_id: null })
      }
    }
  }

  const cardIds = ids("card_transaction")
  if (cardIds.length) {
    const txs = await scope
      .resolve<CardPaymentsModuleService>(CARD_PAYMENTS_MODULE)
      .listCardTransactions({ id: cardIds }, { select: ["id", "balance_transaction_id", "amount", "order_id", "currency"] })
    for (const tx of txs) {
      out.set(`card_transaction:${tx.id}`, {
        kind: "card_transaction",
        id: tx.id,
        balance_transaction_id: tx.balance_transaction_id,
        // Stripe's units are hundredths for IDR as for USD.
        amount: minorOf(tx.amount) / 100,
        order_id: tx.order_id ?? null,
      })
    }
  }
  return out
}

export async function linesToApi(scope: Scope, lines: LineRow[], currency: string) {
  const targets = await describeTargets(scope, lines, currency)
  return lines.map((line) => ({
    id: line.id,
    import_id: line.import_id,
    line: Number(line.line),
    date: line.date,
    amount: toMajor(minorOf(line.amount), currency),
    reference: line.reference,
    description: line.description,
    status: line.status,
    target: line.target_kind && line.target_id ? targets.get(`${line.target_kind}:${line.target_id}`) ?? { kind: line.target_kind, id: line.target_id } : null,
    difference: line.difference === null || line.difference === undefined ? null : toMajor(minorOf(line.difference), currency),
    note: line.note,
    matched_by: line.matched_by,
    matched_at: iso(line.matched_at),
  }))
}

export async function retrieveImport(scope: Scope, id: string) {
  const payouts = payoutService(scope)
  const [row] = (await payouts.listStatementImports({ id }, { select: IMPORT_FIELDS, take: 1 })) as unknown as ImportRow[]
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Statement not found")
  const lines = (await payouts.listStatementLines({ import_id: id }, { select: LINE_FIELDS, order: { line: "ASC" } })) as unknown as LineRow[]
  return { row, lines }
}
