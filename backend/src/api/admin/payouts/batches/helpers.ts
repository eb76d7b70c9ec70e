import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { toMajor } from "@rumah-karya/ledger"
import { MAKER_MODULE, type MakerModuleService } from "../../../../modules/maker"
import { PAYOUT_MODULE, type PayoutModuleService } from "../../../../modules/payout"
import type { PayoutItemRow } from "../../../../modules/payout/types"
import { minorOf } from "../../../../workflows/create-payout-batch/ledger"

// Shapes of payout batches and items in the admin API (docs/payouts.md, "Batches"). Amounts in major units.

type Scope = Pick<MedusaContainer, "resolve">

export const payoutService = (scope: Scope) => scope.resolve<PayoutModuleService>(PAYOUT_MODULE)

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

export type BatchRow = {
  id: string
  seq: number
  currency: string
  period_start: Date | string | null
  period_end: Date | string
  status: "open" | "closed"
  created_by: string
  created_at: Date | string
}

export type ItemRow = PayoutItemRow

export type MakerSummary = { id: string; display_name: string; handle: string }

export const BATCH_FIELDS = ["id", "seq", "currency", "period_start", "period_end", "status", "created_by", "created_at"]
export const ITEM_FIELDS = [
  "id",
  "batch_id",
  "maker_id",
  "currency",
  "amount",
  "reference",
  "status",
  "transfer_reference",
  "settled_by",
  "settled_at",
  "note",
  "created_at",
]

/** Makers' public names for staff views (display name and handle only). */
export async function makerSummaries(scope: Scope, ids: string[]): Promise<Map<string, MakerSummary>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const rows = await scope.resolve<MakerModuleService>(MAKER_MODULE).listMakers({ id: unique }, { select: ["id", "display_name", "handle"] })
  return new Map(rows.map((row) => [row.id, { id: row.id, display_name: row.display_name, handle: row.handle }]))
}

export function batchToApi(batch: BatchRow, items: ItemRow[]) {
  const count = (status: ItemRow["status"]) => items.filter((item) => item.status === status).length
  const total = items.reduce((sum, item) => sum + minorOf(item.amount), 0)
  return {
    id: batch.id,
    seq: Number(batch.seq),
    // Lower case in answers, like Medusa and the other payout routes; the ledger's tables keep upper case.
    currency: batch.currency.toLowerCase(),
    period_start: iso(batch.period_start),
    period_end: iso(batch.period_end),
    status: batch.status,
    created_by: batch.created_by,
    created_at: iso(batch.created_at),
    total: toMajor(total, batch.currency),
    item_count: items.length,
    counts: { reserved: count("reserved"), paid: count("paid"), failed: count("failed") },
  }
}

export function itemToApi(item: ItemRow, maker: MakerSummary | undefined) {
  return {
    id: item.id,
    batch_id: item.batch_id,
    reference: item.reference,
    maker: maker ?? { id: item.maker_id, display_name: null, handle: null },
    currency: item.currency.toLowerCase(),
    amount: toMajor(minorOf(item.amount), item.currency),
    status: item.status,
    transfer_reference: item.transfer_reference,
    settled_by: item.settled_by,
    settled_at: iso(item.settled_at),
    note: item.note,
    created_at: iso(item.created_at),
  }
}

/** A batch with its items (and the makers' names), or a 404. */
export async function retrieveBatch(scope: Scope, id: string) {
  const payouts = payoutService(scope)
  const [batch] = (await payouts.listPayoutBatches({ id }, { select: BATCH_FIELDS, take: 1 })) as unknown as BatchRow[]
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Payout batch not found")
  const items = (await payouts.listPayoutItems({ batch_id: id }, { select: ITEM_FIELDS, order: { created_at: "ASC", id: "ASC" } })) as unknown as ItemRow[]
  items.sort((a, b) => itemNumber(a.reference) - itemNumber(b.reference))
  const makers = await makerSummaries(scope, items.map((item) => item.maker_id))
  return { batch, items, makers }
}

/** The item number at the end of a reference ("RKP-12-3" → 3), for the batch's order. */
const itemNumber = (reference: string) => Number(/(\d+)$/.exec(reference)?.[1] ?? 0)

/** Where a maker's money is sent: her confirmed payout details, as the bank's bulk transfer needs them. */
export interface TransferDetails {
  method: "bank" | "ewallet"
  /** The account holder's name. */
  name: string
  /** The bank, or the e-wallet provider (DANA, OVO, GoPay…), as the bank's transfer form names it. */
  bank: string
  /** Account number, or the e-wallet's number. */
  account: string
}

type PrivateRow = Partial<Record<
  "maker_id" | "payout_method" | "legal_name" | "bank_name" | "bank_account_number" | "bank_account_holder" | "ewallet_provider" | "ewallet_number",
  string | null
>>

const filled = (value: string | null | undefined): value is string => typeof value === "string" && value.trim() !== ""

/** Her transfer details from her private record, or null when they are incomplete (never guessed). */
export function transferDetails(row: PrivateRow | undefined): TransferDetails | null {
  if (!row) return null
  if (row.payout_method === "bank") {
    if (!filled(row.bank_name) || !filled(row.bank_account_number) || !filled(row.bank_account_holder)) return null
    return { method: "bank", name: row.bank_account_holder.trim(), bank: row.bank_name.trim(), account: row.bank_account_number.trim() }
  }
  if (row.payout_method === "ewallet") {
    const name = filled(row.bank_account_holder) ? row.bank_account_holder : row.legal_name
    if (!filled(name) || !filled(row.ewallet_provider) || !filled(row.ewallet_number)) return null
    return { method: "ewallet", name: name.trim(), bank: row.ewallet_provider.trim(), account: row.ewallet_number.trim() }
  }
  return null
}

/**
 * The makers' transfer details, staff only (the batch detail and its transfer file). Reads only the payout
 * fields of her private record; nothing of it is ever logged or put in an error message.
 */
export async function transferDetailsByMaker(scope: Scope, makerIds: string[]): Promise<Map<string, TransferDetails | null>> {
  const unique = [...new Set(makerIds)]
  if (!unique.length) return new Map()
  const rows = (await scope.resolve<MakerModuleService>(MAKER_MODULE).listMakerPrivates(
    { maker_id: unique },
    {
      select: [
        "maker_id",
        "payout_method",
        "legal_name",
        "bank_name",
        "bank_account_number",
        "bank_account_holder",
        "ewallet_provider",
        "ewallet_number",
      ],
    }
  )) as unknown as PrivateRow[]
  const byMaker = new Map(rows.map((row) => [row.maker_id!, row]))
  return new Map(unique.map((id) => [id, transferDetails(byMaker.get(id))]))
}
