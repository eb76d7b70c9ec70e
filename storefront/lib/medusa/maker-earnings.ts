/**
 * Her earnings (issue 7 contract, "Maker route"): what is waiting, what is ready to be paid, what was paid, and
 * the history behind it. With her Bearer token, like every portal call; the answer is hers only, in major units
 * (Rp 166500, US$12.5), with no buyer data and never her bank details.
 *
 *   GET /maker/earnings → { currency_balances: [{ currency, pending, available, in_payout, paid_out }],
 *                           history: [{ date, kind, order_display_id, product_title, amount, currency }],
 *                           payouts: [{ date, amount, currency, status, reference }] }      401 → log in again
 *
 * Snake case in, camel case out; anything malformed in a row drops that row (never the page), and a malformed
 * answer as a whole is an "error" (try again), never a logout.
 */
import { storeSend } from "./client"
import { portalCall, type PortalResult } from "./maker"

export const EARNING_KINDS = ["sale", "release", "reversal", "payout"] as const
export type EarningKind = (typeof EARNING_KINDS)[number]

export type CurrencyEarnings = {
  /** Lower case ISO 4217, as the rest of the storefront ("idr", "usd"). */
  currency: string
  pending: number
  available: number
  inPayout: number
  paidOut: number
}

export type EarningEvent = {
  date: string
  kind: EarningKind
  orderDisplayId: string | null
  productTitle: string | null
  /** Signed as the backend sends it; the words come from `kind`, the figure from its absolute value. */
  amount: number
  currency: string
}

export type PayoutStatus = "reserved" | "paid" | "failed"

export type MakerPayout = { date: string; amount: number; currency: string; status: PayoutStatus; reference: string }

export type MakerEarnings = {
  balances: CurrencyEarnings[]
  history: EarningEvent[]
  payouts: MakerPayout[]
}

export type RawMakerEarnings = {
  currency_balances?: unknown
  history?: unknown
  payouts?: unknown
}

export type EarningsResult = PortalResult<{ earnings: MakerEarnings }>

/** Her earnings. The page treats every failure but an ended login ("unauthorized") as "try again". */
export async function getMakerEarnings(token: string): Promise<EarningsResult> {
  return portalCall(
    () => storeSend<RawMakerEarnings>("/maker/earnings", { token }),
    (raw) => ({ earnings: toMakerEarnings(raw) })
  )
}

// ---------- transforms ----------

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null

/** A number from the JSON: numbers as they are, numeric strings (BigNumber-ish) read; anything else null. */
export function readAmount(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value)
  if (isRecord(value) && "value" in value) return readAmount(value.value)
  return null
}

const readCurrency = (value: unknown): string | null =>
  typeof value === "string" && /^[a-z]{3}$/i.test(value) ? value.toLowerCase() : null

const readDate = (value: unknown): string | null =>
  typeof value === "string" && !Number.isNaN(new Date(value).getTime()) ? value : null

const readText = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null)

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw new TypeError("not a list")
  return value
}

export function toMakerEarnings(raw: RawMakerEarnings): MakerEarnings {
  if (!isRecord(raw)) throw new TypeError("not an object")
  const balances: CurrencyEarnings[] = []
  for (const row of list(raw.currency_balances)) {
    if (!isRecord(row)) continue
    const currency = readCurrency(row.currency)
    if (!currency) continue
    balances.push({
      currency,
      pending: readAmount(row.pending) ?? 0,
      available: readAmount(row.available) ?? 0,
      inPayout: readAmount(row.in_payout) ?? 0,
      paidOut: readAmount(row.paid_out) ?? 0,
    })
  }
  // Rupiah first: it is what she is paid in; other currencies after, in a stable order.
  balances.sort((a, b) => (a.currency === "idr" ? -1 : b.currency === "idr" ? 1 : a.currency.localeCompare(b.currency)))

  const history: EarningEvent[] = []
  for (const row of list(raw.history)) {
    if (!isRecord(row)) continue
    const kind = (EARNING_KINDS as readonly unknown[]).includes(row.kind) ? (row.kind as EarningKind) : null
    const date = readDate(row.date)
    const amount = readAmount(row.amount)
    const currency = readCurrency(row.currency)
    if (!kind || !date || amount === null || !currency) continue
    const displayId = row.order_display_id
    history.push({
      date,
      kind,
      orderDisplayId:
        typeof displayId === "number" && Number.isFinite(displayId) ? String(displayId) : readText(displayId),
      productTitle: readText(row.product_title),
      amount,
      currency,
    })
  }

  const payouts: MakerPayout[] = []
  for (const row of list(raw.payouts)) {
    if (!isRecord(row)) continue
    const date = readDate(row.date)
    const amount = readAmount(row.amount)
    const currency = readCurrency(row.currency)
    const status = row.status === "paid" || row.status === "failed" || row.status === "reserved" ? row.status : null
    if (!date || amount === null || !currency || !status) continue
    payouts.push({ date, amount, currency, status, reference: readText(row.reference) ?? "" })
  }

  return { balances, history, payouts }
}

// ---------- what the page shows ----------

/** The three figures of one currency: waiting (pending), ready (available + in a payout now), paid. */
export type EarningsFigures = { currency: string; waiting: number; ready: number; paid: number; sending: number }

export function earningsFigures(earnings: MakerEarnings): EarningsFigures[] {
  const figures = earnings.balances.map((b) => ({
    currency: b.currency,
    waiting: b.pending,
    ready: b.available + b.inPayout,
    paid: b.paidOut,
    sending: b.inPayout,
  }))
  // No earnings yet: zeros in rupiah, so the page still says what each figure means.
  return figures.length > 0 ? figures : [{ currency: "idr", waiting: 0, ready: 0, paid: 0, sending: 0 }]
}

/** One line of her history: an event of the ledger, or a transfer to her account. */
export type HistoryRow =
  | { type: "event"; date: string; event: EarningEvent }
  | { type: "payout"; date: string; payout: MakerPayout }

/**
 * Her history, newest first. Transfers come from the history's "payout" rows when the backend sends them; when
 * it sends none, the paid transfers of `payouts` stand in (so a paid transfer is never shown twice, nor missing).
 * Transfers being sent or that failed are shown from `payouts` (their money is in "Siap dibayar").
 */
export function historyRows(earnings: MakerEarnings): HistoryRow[] {
  const rows: HistoryRow[] = earnings.history.map((event) => ({ type: "event", date: event.date, event }))
  const historyHasPayouts = earnings.history.some((event) => event.kind === "payout")
  for (const payout of earnings.payouts) {
    if (payout.status === "paid" && historyHasPayouts) continue
    rows.push({ type: "payout", date: payout.date, payout })
  }
  return rows
    .map((row, index) => ({ row, index, time: new Date(row.date).getTime() }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ row }) => row)
}
