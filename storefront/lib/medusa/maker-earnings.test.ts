import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

process.env.MEDUSA_BACKEND_URL = "http://backend.test:9000"
process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test_maker"

const { getMakerEarnings, toMakerEarnings, earningsFigures, historyRows, readAmount } = await import("./maker-earnings")

const fetchMock = vi.fn<typeof fetch>()
const TOKEN = "tok.en.value"

function answer(status: number, body: unknown) {
  fetchMock.mockResolvedValueOnce(
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
  )
}

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

const raw = {
  currency_balances: [
    { currency: "usd", pending: 12.5, available: 0, in_payout: 0, paid_out: 0 },
    { currency: "IDR", pending: 166500, available: 230000, in_payout: 20000, paid_out: 250000 },
  ],
  history: [
    { date: "2026-11-20T03:00:00Z", kind: "sale", order_display_id: 12, product_title: "Buket Mawar", amount: 166500, currency: "IDR" },
    { date: "2026-11-22T03:00:00Z", kind: "reversal", order_display_id: 12, product_title: "Buket Mawar", amount: -20000, currency: "IDR" },
    { date: "2026-11-01T03:00:00Z", kind: "payout", order_display_id: null, product_title: null, amount: 250000, currency: "IDR" },
    { date: "not a date", kind: "sale", order_display_id: 13, product_title: "X", amount: 1, currency: "IDR" },
    { date: "2026-11-01T03:00:00Z", kind: "mystery", amount: 1, currency: "IDR" },
  ],
  payouts: [
    { date: "2026-11-01T03:00:00Z", amount: 250000, currency: "IDR", status: "paid", reference: "RK-1-1" },
    { date: "2026-11-25T03:00:00Z", amount: 20000, currency: "IDR", status: "reserved", reference: "RK-2-1" },
  ],
}

describe("getMakerEarnings", () => {
  it("asks GET /maker/earnings with her Bearer token and the publishable key, never cached", async () => {
    answer(200, raw)
    const result = await getMakerEarnings(TOKEN)
    const [input, init] = fetchMock.mock.calls[0]
    expect(String(input)).toBe("http://backend.test:9000/maker/earnings")
    expect(init?.method ?? "GET").toBe("GET")
    const headers = new Headers(init?.headers)
    expect(headers.get("authorization")).toBe(`Bearer ${TOKEN}`)
    expect(headers.get("x-publishable-api-key")).toBe("pk_test_maker")
    expect(init?.cache).toBe("no-store")
    expect(result.ok).toBe(true)
    if (!result.ok) return
    // Rupiah first, currencies lower case, camel case out.
    expect(result.earnings.balances).toEqual([
      { currency: "idr", pending: 166500, available: 230000, inPayout: 20000, paidOut: 250000 },
      { currency: "usd", pending: 12.5, available: 0, inPayout: 0, paidOut: 0 },
    ])
    // Rows that can't be read (a bad date, an unknown kind) are left out; the rest is kept as sent.
    expect(result.earnings.history).toEqual([
      { date: "2026-11-20T03:00:00Z", kind: "sale", orderDisplayId: "12", productTitle: "Buket Mawar", amount: 166500, currency: "idr" },
      { date: "2026-11-22T03:00:00Z", kind: "reversal", orderDisplayId: "12", productTitle: "Buket Mawar", amount: -20000, currency: "idr" },
      { date: "2026-11-01T03:00:00Z", kind: "payout", orderDisplayId: null, productTitle: null, amount: 250000, currency: "idr" },
    ])
    expect(result.earnings.payouts).toHaveLength(2)
  })

  it("says unauthorized for 401 and 403 (her login ended: log in again)", async () => {
    answer(401, { message: "Unauthorized" })
    expect(await getMakerEarnings(TOKEN)).toEqual({ ok: false, reason: "unauthorized" })
    answer(403, { message: "Forbidden" })
    expect(await getMakerEarnings(TOKEN)).toEqual({ ok: false, reason: "unauthorized" })
  })

  it("says error for a server error, a network failure or a malformed answer, notFound for a 404 (the page: try again)", async () => {
    answer(500, { message: "boom" })
    expect(await getMakerEarnings(TOKEN)).toEqual({ ok: false, reason: "error" })
    answer(404, { message: "Not found" })
    expect(await getMakerEarnings(TOKEN)).toEqual({ ok: false, reason: "notFound" })
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await getMakerEarnings(TOKEN)).toEqual({ ok: false, reason: "error" })
    answer(200, { currency_balances: "lots" })
    expect(await getMakerEarnings(TOKEN)).toEqual({ ok: false, reason: "error" })
  })
})

describe("reading the answer", () => {
  it("reads amounts sent as numbers, numeric strings or BigNumber-ish objects", () => {
    expect(readAmount(166500)).toBe(166500)
    expect(readAmount("166500")).toBe(166500)
    expect(readAmount("-12.50")).toBe(-12.5)
    expect(readAmount({ value: "20000" })).toBe(20000)
    expect(readAmount("Rp 5")).toBeNull()
    expect(readAmount(Number.NaN)).toBeNull()
  })

  it("takes an empty answer as no earnings yet", () => {
    expect(toMakerEarnings({})).toEqual({ balances: [], history: [], payouts: [] })
  })
})

describe("the figures", () => {
  it("are waiting = pending, ready = available + in payout, paid = paid out, per currency", () => {
    const figures = earningsFigures(toMakerEarnings(raw))
    expect(figures[0]).toEqual({ currency: "idr", waiting: 166500, ready: 250000, paid: 250000, sending: 20000 })
    expect(figures[1]).toEqual({ currency: "usd", waiting: 12.5, ready: 0, paid: 0, sending: 0 })
  })

  it("are zero rupiah when she has no earnings yet", () => {
    expect(earningsFigures({ balances: [], history: [], payouts: [] })).toEqual([
      { currency: "idr", waiting: 0, ready: 0, paid: 0, sending: 0 },
    ])
  })
})

describe("the history", () => {
  it("is newest first, shows a paid transfer once, and shows transfers being sent", () => {
    const rows = historyRows(toMakerEarnings(raw))
    expect(rows.map((row) => (row.type === "event" ? row.event.kind : `payout:${row.payout.status}`))).toEqual([
      "payout:reserved",
      "reversal",
      "sale",
      "payout",
    ])
  })

  it("takes paid transfers from `payouts` when the history has none", () => {
    const rows = historyRows(toMakerEarnings({ ...raw, history: raw.history.slice(0, 2) }))
    expect(rows.map((row) => (row.type === "event" ? row.event.kind : `payout:${row.payout.status}`))).toEqual([
      "payout:reserved",
      "reversal",
      "sale",
      "payout:paid",
    ])
  })
})
