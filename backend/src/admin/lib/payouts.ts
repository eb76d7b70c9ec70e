import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

// Payouts (issue 7 contract, docs/payouts.md): types, API calls, React Query hooks and the pure helpers the
// pages share. Amounts from the API are MAJOR units (Rp 166500, US$12.5), like the rest of Medusa.

export const PAYOUT_CURRENCIES = ["idr", "usd"] as const
export type PayoutCurrency = (typeof PAYOUT_CURRENCIES)[number]

export interface MakerRef {
  id: string
  display_name: string
  handle?: string | null
}

export interface MakerBalanceRow {
  maker: MakerRef
  currency: string
  pending: number
  available: number
  in_payout: number
  paid_out: number
  earned: number
  reversed: number
}

export interface BalancesResponse {
  balances: MakerBalanceRow[]
}

export interface StatementBalances {
  pending?: number
  available?: number
  in_payout?: number
  paid_out?: number
  [bucket: string]: number | undefined
}

export interface StatementEntry {
  date: string
  kind: string
  reference: string
  order_display_id: number | string | null
  description: string | null
  amount: number
  balance: number
}

export interface StatementResponse {
  maker: MakerRef
  currency: string
  opening: StatementBalances
  lines: StatementEntry[]
  closing: StatementBalances
}

export interface TotalsResponse {
  gross_sales: number
  refunded?: number
  organisation_fees: number
  card_fees: number
  paid_to_makers: number
  pending: number
  available: number
  in_payout?: number
}

export interface PayoutBatch {
  id: string
  seq?: number
  currency: string
  status: string
  period_start: string | null
  period_end: string | null
  created_at?: string
  created_by?: string
  item_count?: number
  total?: number
}

export type PayoutItemStatus = "reserved" | "paid" | "failed"

export interface PayoutItem {
  id: string
  batch_id?: string
  maker_id: string
  maker?: MakerRef | null
  maker_display_name?: string | null
  currency: string
  amount: number
  reference: string
  status: PayoutItemStatus
  transfer_reference: string | null
  settled_at: string | null
  settled_by?: string | null
  note: string | null
  /** Staff only, on the batch detail: where the money goes (shape as the backend sends it). */
  payout_details?: Record<string, unknown> | null
}

export interface BatchesResponse {
  batches: PayoutBatch[]
  count?: number
}

export interface BatchResponse {
  batch: PayoutBatch
  items: PayoutItem[]
}

export type StatementKind = "bank" | "stripe"
export type LineStatus = "matched" | "mismatched" | "unmatched"
/** A Stripe report line is matched to a card_transaction (the card payments module), a bank line to the others. */
export type TargetKind = "payout_item" | "order_payment" | "card_transaction"
export const TARGET_KINDS: readonly TargetKind[] = ["payout_item", "order_payment", "card_transaction"]

export interface StatementImport {
  id: string
  kind: StatementKind
  filename: string
  currency: string
  line_count: number
  created_at?: string
}

/** One statement line as the pages show it, whatever shape the API used (a line row, or a match result). */
export interface ReconLine {
  id: string | null
  line: number | null
  date: string
  amount: number
  reference: string
  description: string
  status: LineStatus
  target_kind: TargetKind | null
  target_id: string | null
  target_reference: string | null
  difference: number | null
  note: string | null
}

export interface StatementListEntry extends StatementImport {
  summary?: ImportSummary
}

export interface ImportSummary {
  matched: number
  mismatched: number
  unmatched: number
  duplicate_lines_skipped: number
}

export interface ImportResult {
  import: StatementImport
  lines: ReconLine[]
  summary: ImportSummary | null
}

// ---------- pure helpers ----------

const DECIMALS: Record<string, number> = { idr: 0, usd: 2 }

/** Rp 1.250.000 / US$12.50 in the reader's locale; IDR never shows cents. */
export function formatMoney(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return "—"
  const code = currency.toLowerCase()
  const digits = DECIMALS[code] ?? 2
  return new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: code.toUpperCase(),
    currencyDisplay: code === "idr" ? "narrowSymbol" : "symbol",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount)
}

/** A signed difference: "+Rp 5.000" / "−Rp 5.000". */
export function formatDifference(amount: number, currency: string): string {
  const text = formatMoney(Math.abs(amount), currency)
  return amount > 0 ? `+${text}` : amount < 0 ? `\u2212${text}` : text
}

/** YYYY-MM-DD of a date in local time (for <input type="date">). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The default period: the first of last month up to today. */
export function defaultPeriod(today = new Date()): { from: string; to: string } {
  return { from: isoDay(new Date(today.getFullYear(), today.getMonth() - 1, 1)), to: isoDay(today) }
}

/**
 * A period picked as days (YYYY-MM-DD, both days included) as the API takes it: moments in Medan's time (WIB,
 * UTC+7) — from the start of the first day to the end of the last — so a day means the day staff lived.
 */
export function periodQuery(period: { from?: string; to?: string }): { from?: string; to?: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/
  return {
    from: period.from && day.test(period.from) ? `${period.from}T00:00:00+07:00` : undefined,
    to: period.to && day.test(period.to) ? endOfDay(period.to) : undefined,
  }
}

/** The last moment of a day in Medan: "2026-11-30" → "2026-11-30T23:59:59.999+07:00". */
export const endOfDay = (day: string) => `${day}T23:59:59.999+07:00`

/** The maker's name on a payout item, whichever way the API sends it. */
export function itemMakerName(item: PayoutItem): string {
  return item.maker?.display_name ?? item.maker_display_name ?? item.maker_id
}

const num = (value: unknown): number | null => {
  if (typeof value === "number" && Number.isFinite(value)) return value
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value)
  return null
}
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null)
const isRecord = (value: unknown): value is Record<string, any> => typeof value === "object" && value !== null

/**
 * Reads a statement line from either shape the API may use: a `statement_line` row
 * ({ id, line, date, amount, status, target_kind, target_id, difference, … }) or a match result
 * ({ line: { line, date, amount, … }, status, target: { id, kind, reference }, difference, id?/statement_line_id? }).
 */
export function toReconLine(raw: unknown): ReconLine {
  const r = isRecord(raw) ? raw : {}
  const inner = isRecord(r.line) ? r.line : isRecord(r.statement_line) ? r.statement_line : r
  const target = isRecord(r.target) ? r.target : null
  const status: LineStatus =
    r.status === "matched" || r.status === "mismatched" ? r.status : inner.status === "matched" || inner.status === "mismatched" ? inner.status : "unmatched"
  const kind = str(r.target_kind) ?? str(target?.kind) ?? str(inner.target_kind)
  return {
    id: str(r.statement_line_id) ?? str(inner.id) ?? str(r.id),
    line: num(inner.line) ?? num(r.line),
    date: str(inner.date) ?? "",
    amount: num(inner.amount) ?? 0,
    reference: str(inner.reference) ?? "",
    description: str(inner.description) ?? "",
    status,
    target_kind: (TARGET_KINDS as readonly (string | null)[]).includes(kind) ? (kind as TargetKind) : null,
    target_id: str(r.target_id) ?? str(target?.id) ?? str(inner.target_id),
    target_reference: targetWords(target) ?? str(r.target_reference),
    difference: num(r.difference) ?? num(inner.difference),
    note: str(r.note) ?? str(inner.note),
  }
}

/** "RKP-12-3 · Sari", "RK-1042 (order #1042)", "txn_123": what a matched target is, in a few words. */
function targetWords(target: Record<string, any> | null): string | null {
  if (!target) return null
  const reference = str(target.reference) ?? str(target.balance_transaction_id)
  const maker = isRecord(target.maker) ? str(target.maker.display_name) : null
  const order = num(target.order_display_id)
  const parts = [reference, maker, order !== null ? `order #${order}` : null].filter((p): p is string => p !== null)
  return parts.length ? parts.join(" · ") : null
}

/** The answer of an upload or of GET /admin/payouts/statements/:id, as one shape. */
export function toImportResult(raw: unknown): ImportResult {
  const r = isRecord(raw) ? raw : {}
  const rows: unknown[] = Array.isArray(r.results) ? r.results : Array.isArray(r.lines) ? r.lines : []
  const summary = isRecord(r.summary)
    ? {
        matched: num(r.summary.matched) ?? 0,
        mismatched: num(r.summary.mismatched) ?? 0,
        unmatched: num(r.summary.unmatched) ?? 0,
        duplicate_lines_skipped: num(r.summary.duplicate_lines_skipped) ?? 0,
      }
    : null
  // POST names it `import`, GET /admin/payouts/statements/:id `statement`.
  const imp = (isRecord(r.import) ? r.import : isRecord(r.statement) ? r.statement : isRecord(r.statement_import) ? r.statement_import : {}) as StatementImport
  return { import: imp, lines: rows.map(toReconLine), summary }
}

/** Lines grouped as the page shows them: matched, mismatched (with the difference), unmatched; in file order. */
export function groupLines(lines: ReconLine[]): Record<LineStatus, ReconLine[]> {
  const groups: Record<LineStatus, ReconLine[]> = { matched: [], mismatched: [], unmatched: [] }
  for (const line of [...lines].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) groups[line.status].push(line)
  return groups
}

/** Sums of a balances table per column (the footer). */
export function balanceTotals(rows: MakerBalanceRow[]) {
  return rows.reduce(
    (sum, row) => ({
      pending: sum.pending + row.pending,
      available: sum.available + row.available,
      in_payout: sum.in_payout + row.in_payout,
      paid_out: sum.paid_out + row.paid_out,
    }),
    { pending: 0, available: 0, in_payout: 0, paid_out: 0 }
  )
}

/** "#12" (the batch's sequence number, as in its transfers' references "RKP-12-n"), or its id. */
export function batchLabel(batch: Pick<PayoutBatch, "id" | "seq">): string {
  return batch.seq !== undefined && batch.seq !== null ? `#${batch.seq}` : batch.id
}

/** "transfer-batch-12-IDR.csv": a name staff recognise in their downloads folder. */
export function transferFilename(batch: Pick<PayoutBatch, "id" | "seq" | "currency">): string {
  const label = batch.seq !== undefined && batch.seq !== null ? `batch-${batch.seq}` : batch.id
  return `transfer-${label}-${batch.currency.toUpperCase()}.csv`.replace(/[^A-Za-z0-9._-]/g, "_")
}

/** What a line is matched to, in words. */
export const TARGET_LABELS: Record<TargetKind, string> = {
  payout_item: "Payout item",
  order_payment: "Order payment",
  card_transaction: "Card transaction",
}

/** The filename of a Content-Disposition header (attachment; filename="payout-batch-12-IDR.csv"), if safe. */
export function filenameOf(header: string | null): string | null {
  const name = header ? /filename="?([^";]+)"?/i.exec(header)?.[1]?.trim() : undefined
  return name && /^[A-Za-z0-9._-]+$/.test(name) ? name : null
}

/** Leaves out empty strings and undefined so the server's strict query validation sees only real filters. */
function withoutEmpty<T extends object>(query: T): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== "")) as Record<string, string>
}

// ---------- API ----------

export const payoutsApi = {
  balances: (currency: string) =>
    sdk.client.fetch<BalancesResponse>("/admin/payouts/balances", { query: { currency } }),

  /** `from`/`to` are days (both included), sent as moments in Medan's time (periodQuery). */
  statement: (makerId: string, query: { from?: string; to?: string; currency: string }) =>
    sdk.client.fetch<StatementResponse>(`/admin/payouts/makers/${encodeURIComponent(makerId)}/statement`, {
      query: withoutEmpty({ currency: query.currency, ...periodQuery(query) }),
    }),

  totals: (query: { from?: string; to?: string; currency: string }) =>
    sdk.client.fetch<TotalsResponse>("/admin/payouts/totals", {
      query: withoutEmpty({ currency: query.currency, ...periodQuery(query) }),
    }),

  batches: () => sdk.client.fetch<BatchesResponse>("/admin/payouts/batches"),

  batch: (id: string) => sdk.client.fetch<BatchResponse>(`/admin/payouts/batches/${encodeURIComponent(id)}`),

  createBatch: (body: { currency: string; period_end?: string }) =>
    sdk.client.fetch<BatchResponse>("/admin/payouts/batches", { method: "POST", body }),

  markPaid: (itemId: string, transfer_reference: string) =>
    sdk.client.fetch<{ item: PayoutItem }>(`/admin/payouts/items/${encodeURIComponent(itemId)}/paid`, {
      method: "POST",
      body: { transfer_reference },
    }),

  markFailed: (itemId: string, note: string) =>
    sdk.client.fetch<{ item: PayoutItem }>(`/admin/payouts/items/${encodeURIComponent(itemId)}/failed`, {
      method: "POST",
      body: { note },
    }),

  /**
   * The bank's bulk-transfer file and the name the server gave it. Not JSON: the SDK hands back the Response
   * (a refusal — nothing left to transfer, missing payout details — still throws FetchError with its message).
   */
  transferCsv: async (id: string): Promise<{ blob: Blob; filename: string | null }> => {
    const response = await sdk.client.fetch<Response>(`/admin/payouts/batches/${encodeURIComponent(id)}/transfer.csv`, {
      headers: { accept: "text/csv" },
    })
    return { blob: await response.blob(), filename: filenameOf(response.headers.get("content-disposition")) }
  },

  uploadStatement: async (input: { file: File; kind: StatementKind; currency: string }): Promise<ImportResult> => {
    const form = new FormData()
    form.append("kind", input.kind)
    form.append("currency", input.currency)
    form.append("file", input.file, input.file.name)
    // The browser sets the multipart content type with its boundary (the SDK's JSON default is removed).
    const raw = await sdk.client.fetch<unknown>("/admin/payouts/statements", {
      method: "POST",
      body: form,
      headers: { "content-type": null },
    })
    return toImportResult(raw)
  },

  statements: () =>
    sdk.client.fetch<{ statements: StatementListEntry[]; count: number }>("/admin/payouts/statements", { query: { limit: 10 } }),

  statementImport: async (id: string): Promise<ImportResult> =>
    toImportResult(await sdk.client.fetch<unknown>(`/admin/payouts/statements/${encodeURIComponent(id)}`)),

  matchLine: (lineId: string, body: { target_kind: TargetKind; target_id: string; note: string }) =>
    sdk.client.fetch<unknown>(`/admin/payouts/statement-lines/${encodeURIComponent(lineId)}/match`, { method: "POST", body }),

  unmatchLine: (lineId: string, note: string) =>
    sdk.client.fetch<unknown>(`/admin/payouts/statement-lines/${encodeURIComponent(lineId)}/unmatch`, {
      method: "POST",
      body: { note },
    }),
}

/** Saves a Blob under a filename (an <a download> the browser, and Playwright, see as a download). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.style.display = "none"
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

// ---------- hooks ----------

export const payoutKeys = {
  all: ["rk-payouts"] as const,
  balances: (currency: string) => [...payoutKeys.all, "balances", currency] as const,
  statement: (makerId: string, query: object) => [...payoutKeys.all, "statement", makerId, query] as const,
  totals: (query: object) => [...payoutKeys.all, "totals", query] as const,
  batches: () => [...payoutKeys.all, "batches"] as const,
  batch: (id: string) => [...payoutKeys.all, "batch", id] as const,
  statementImport: (id: string) => [...payoutKeys.all, "statement-import", id] as const,
  statements: () => [...payoutKeys.all, "statements"] as const,
}

export const useBalances = (currency: string) =>
  useQuery({ queryKey: payoutKeys.balances(currency), queryFn: () => payoutsApi.balances(currency) })

export const useStatement = (makerId: string | undefined, query: { from?: string; to?: string; currency: string }) =>
  useQuery({
    queryKey: payoutKeys.statement(makerId ?? "", query),
    queryFn: () => payoutsApi.statement(makerId as string, query),
    enabled: !!makerId,
  })

export const useTotals = (query: { from?: string; to?: string; currency: string }) =>
  useQuery({ queryKey: payoutKeys.totals(query), queryFn: () => payoutsApi.totals(query) })

export const useBatches = () => useQuery({ queryKey: payoutKeys.batches(), queryFn: payoutsApi.batches })

export const useBatch = (id: string | undefined) =>
  useQuery({ queryKey: payoutKeys.batch(id ?? ""), queryFn: () => payoutsApi.batch(id as string), enabled: !!id })

export const useStatements = () => useQuery({ queryKey: payoutKeys.statements(), queryFn: payoutsApi.statements })

export const useStatementImport = (id: string | null) =>
  useQuery({
    queryKey: payoutKeys.statementImport(id ?? ""),
    queryFn: () => payoutsApi.statementImport(id as string),
    enabled: !!id,
  })

/** Every payout write changes balances, batches and statements: refresh them all. */
const useInvalidateAll = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: payoutKeys.all })
}

export const useCreateBatch = () => {
  const invalidate = useInvalidateAll()
  return useMutation({ mutationFn: payoutsApi.createBatch, onSuccess: invalidate })
}

export const useSettleItem = () => {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: (input: { itemId: string } & ({ paid: true; transfer_reference: string } | { paid: false; note: string })) =>
      input.paid ? payoutsApi.markPaid(input.itemId, input.transfer_reference) : payoutsApi.markFailed(input.itemId, input.note),
    onSuccess: invalidate,
  })
}

export const useUploadStatement = () => {
  const invalidate = useInvalidateAll()
  return useMutation({ mutationFn: payoutsApi.uploadStatement, onSuccess: invalidate })
}

export const useMatchLine = () => {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: (input: { lineId: string } & ({ match: true; target_kind: TargetKind; target_id: string; note: string } | { match: false; note: string })) =>
      input.match
        ? payoutsApi.matchLine(input.lineId, { target_kind: input.target_kind, target_id: input.target_id, note: input.note })
        : payoutsApi.unmatchLine(input.lineId, input.note),
    onSuccess: invalidate,
  })
}
