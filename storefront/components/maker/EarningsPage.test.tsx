// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

// The page's decisions: no token → login (requireMakerToken), login ended → /maker/expired, trouble → "Coba lagi".
const m = vi.hoisted(() => ({
  redirect: vi.fn((path: string) => {
    throw new Error(`NEXT_REDIRECT ${path}`)
  }),
  notFound: vi.fn(() => {
    throw new Error("NEXT_NOT_FOUND")
  }),
  requireMakerToken: vi.fn(),
  getMakerEarnings: vi.fn(),
}))
vi.mock("next/navigation", () => ({ redirect: m.redirect, notFound: m.notFound }))
vi.mock("@/lib/maker/portal-session", () => ({ requireMakerToken: m.requireMakerToken }))
vi.mock("@/lib/medusa/maker-earnings", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/medusa/maker-earnings")>()),
  getMakerEarnings: m.getMakerEarnings,
}))

const { default: MakerEarningsPage } = await import("@/app/[locale]/maker/earnings/page")

const params = (locale: string) => ({ params: Promise.resolve({ locale }) })

beforeEach(() => {
  vi.clearAllMocks()
  m.requireMakerToken.mockResolvedValue("tok.en")
})
afterEach(() => cleanup())

describe("the earnings page", () => {
  it("asks the backend with her token and shows her figures", async () => {
    m.getMakerEarnings.mockResolvedValue({
      ok: true,
      earnings: {
        balances: [{ currency: "idr", pending: 166500, available: 0, inPayout: 0, paidOut: 0 }],
        history: [{ date: "2026-11-20T03:00:00Z", kind: "sale", orderDisplayId: "12", productTitle: "Buket Mawar", amount: 166500, currency: "idr" }],
        payouts: [],
      },
    })
    render(await MakerEarningsPage(params("id")))
    expect(m.getMakerEarnings).toHaveBeenCalledWith("tok.en")
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Penghasilan saya")
    expect(screen.getByText("Pesanan #12 · Buket Mawar")).toBeTruthy()
    expect(screen.getByRole("link", { name: "Menu" }).getAttribute("href")).toBe("/maker")
  })

  it("sends her to /maker/expired when her login ended", async () => {
    m.getMakerEarnings.mockResolvedValue({ ok: false, reason: "unauthorized" })
    await expect(MakerEarningsPage(params("en"))).rejects.toThrow("NEXT_REDIRECT /en/maker/expired")
  })

  it("offers to try again when the backend can't answer", async () => {
    m.getMakerEarnings.mockResolvedValue({ ok: false, reason: "error" })
    render(await MakerEarningsPage(params("id")))
    expect(screen.getByRole("alert").textContent).toBe("Maaf, penghasilan belum bisa dibuka. Coba lagi sebentar lagi.")
    expect(screen.getByRole("link", { name: "Coba lagi" }).getAttribute("href")).toBe("/maker/earnings")
  })

  it("is not found in an unknown language", async () => {
    await expect(MakerEarningsPage(params("fr"))).rejects.toThrow("NEXT_NOT_FOUND")
  })
})
