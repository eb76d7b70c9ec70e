// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import type { MakerEarnings } from "@/lib/medusa/maker-earnings"
import { EarningsView, formatLongDay } from "./EarningsView"

afterEach(() => cleanup())

// Intl writes a no-break space between "Rp" and the number; compare text with plain spaces.
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u00a0\u202f]/g, " ")

const earnings: MakerEarnings = {
  balances: [{ currency: "idr", pending: 166500, available: 230000, inPayout: 20000, paidOut: 250000 }],
  history: [
    { date: "2026-11-20T03:00:00Z", kind: "sale", orderDisplayId: "12", productTitle: "Buket Mawar", amount: 166500, currency: "idr" },
    { date: "2026-11-22T03:00:00Z", kind: "reversal", orderDisplayId: "12", productTitle: "Buket Mawar", amount: -20000, currency: "idr" },
    { date: "2026-11-23T03:00:00Z", kind: "sale", orderDisplayId: "14", productTitle: "Hiasan Pintu", amount: 50000, currency: "idr" },
    { date: "2026-11-24T03:00:00Z", kind: "reversal", orderDisplayId: "14", productTitle: "Hiasan Pintu", amount: -50000, currency: "idr" },
    { date: "2026-11-28T03:00:00Z", kind: "release", orderDisplayId: "12", productTitle: "Buket Mawar", amount: 146500, currency: "idr" },
    { date: "2026-11-01T03:00:00Z", kind: "payout", orderDisplayId: null, productTitle: null, amount: 250000, currency: "idr" },
  ],
  payouts: [{ date: "2026-11-30T03:00:00Z", amount: 20000, currency: "idr", status: "reserved", reference: "RK-2-1" }],
}

function figure(name: string, listName = "Uang Anda") {
  const list = screen.getByRole("list", { name: listName })
  const item = within(list)
    .getAllByRole("listitem")
    .find((li) => li.querySelector(".earnings-figure-name")?.textContent === name)
  if (!item) throw new Error(`no figure ${name}`)
  return item
}

describe("Penghasilan saya", () => {
  it("shows the three figures with their words, in rupiah without cents", () => {
    render(<EarningsView earnings={earnings} locale="id" />)
    const waiting = figure("Menunggu")
    expect(plain(waiting.querySelector(".earnings-figure-amount")?.textContent)).toBe("Rp 166.500")
    expect(waiting.textContent).toContain("Uang dari pesanan yang belum lewat 7 hari setelah dikirim.")
    // Ready = available + the part being sent now.
    const ready = figure("Siap dibayar")
    expect(plain(ready.querySelector(".earnings-figure-amount")?.textContent)).toBe("Rp 250.000")
    expect(plain(ready.textContent)).toContain("Rp 20.000 sedang dikirim ke rekening Anda.")
    expect(plain(figure("Sudah dibayar").querySelector(".earnings-figure-amount")?.textContent)).toBe("Rp 250.000")
    // Every figure has its icon, hidden from screen readers.
    for (const name of ["Menunggu", "Siap dibayar", "Sudah dibayar"]) {
      expect(figure(name).querySelector("svg")?.getAttribute("aria-hidden")).toBe("true")
    }
  })

  it("tells her history in plain words, newest first, with dates in her language", () => {
    const { container } = render(<EarningsView earnings={earnings} locale="id" />)
    expect(screen.getByRole("heading", { name: "Riwayat" })).toBeTruthy()
    const rows = [...container.querySelectorAll(".earnings-row")].map((row) =>
      [".earnings-row-what", ".earnings-row-note", ".earnings-row-amount", ".earnings-row-date"].map((part) =>
        plain(row.querySelector(part)?.textContent)
      )
    )
    expect(rows).toEqual([
      ["Sedang dikirim ke rekening Anda", "", "Rp 20.000", "30 Nov 2026"],
      ["Pesanan #12 · Buket Mawar", "Sekarang siap dibayar", "Rp 146.500", "28 Nov 2026"],
      ["Pesanan #14 · Hiasan Pintu", "Dikembalikan semua", "− Rp 50.000", "24 Nov 2026"],
      ["Pesanan #14 · Hiasan Pintu", "", "+ Rp 50.000", "23 Nov 2026"],
      ["Pesanan #12 · Buket Mawar", "Dikembalikan sebagian", "− Rp 20.000", "22 Nov 2026"],
      ["Pesanan #12 · Buket Mawar", "", "+ Rp 166.500", "20 Nov 2026"],
      ["Dibayar ke rekening Anda", "", "Rp 250.000", "1 Nov 2026"],
    ])
    expect(container.querySelector("time")?.getAttribute("dateTime")).toBe("2026-11-30T03:00:00Z")
  })

  it("speaks English and shows US dollars with cents", () => {
    const { container } = render(
      <EarningsView
        locale="en"
        earnings={{
          balances: [
            { currency: "idr", pending: 0, available: 85000, inPayout: 0, paidOut: 0 },
            { currency: "usd", pending: 12.5, available: 0, inPayout: 0, paidOut: 0 },
          ],
          history: [{ date: "2026-12-01T03:00:00Z", kind: "sale", orderDisplayId: "7", productTitle: "Rose bouquet", amount: 12.5, currency: "usd" }],
          payouts: [],
        }}
      />
    )
    const waiting = figure("Waiting", "Your money")
    expect([...waiting.querySelectorAll(".earnings-figure-amount")].map((a) => plain(a.textContent))).toEqual(["Rp 0", "$12.50"])
    expect(plain(figure("Ready to pay", "Your money").querySelector(".earnings-figure-amount")?.textContent)).toBe("Rp 85,000")
    expect(plain(container.querySelector(".earnings-row")?.textContent)).toBe("Order #7 · Rose bouquet+ $12.50Dec 1, 2026")
  })

  it("says so when there is nothing yet, with zero figures", () => {
    render(<EarningsView earnings={{ balances: [], history: [], payouts: [] }} locale="id" />)
    expect(plain(figure("Menunggu").querySelector(".earnings-figure-amount")?.textContent)).toBe("Rp 0")
    expect(screen.getByText("Belum ada penghasilan. Uang dari pesanan Anda akan muncul di sini.")).toBeTruthy()
  })

  it("dates a day in Medan's time", () => {
    // 20:00 UTC on 30 Nov is already 1 Dec in Medan.
    expect(formatLongDay("2026-11-30T20:00:00Z", "id")).toBe("1 Des 2026")
    expect(formatLongDay("nope", "id")).toBe("")
  })
})
