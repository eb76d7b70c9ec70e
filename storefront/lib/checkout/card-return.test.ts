import { NextRequest } from "next/server"
import { beforeEach, describe, expect, it, vi } from "vitest"

const m = vi.hoisted(() => ({ completePaidCart: vi.fn(), forgetCart: vi.fn() }))
vi.mock("@/lib/checkout/payment", () => ({ completePaidCart: m.completePaidCart }))
vi.mock("@/lib/session", () => ({ forgetCart: m.forgetCart }))

const { GET } = await import("@/app/[locale]/[currency]/checkout/card-return/route")

function back(query: string, locale = "id") {
  const request = new NextRequest(`http://localhost:8000/${locale}/idr/checkout/card-return?${query}`)
  return GET(request, { params: Promise.resolve({ locale, currency: "idr" }) })
}

beforeEach(() => {
  m.completePaidCart.mockReset()
  m.forgetCart.mockReset()
})

describe("the return from a card payment that left the page (card-return)", () => {
  it("places the order of a paid cart, forgets the cart and opens the order", async () => {
    m.completePaidCart.mockResolvedValue({ orderId: "order_1" })
    const response = await back("payment_intent=pi_1&payment_intent_client_secret=pi_1_secret_x&redirect_status=succeeded")
    expect(response.status).toBe(303)
    expect(response.headers.get("location")).toBe("/order/order_1")
    expect(m.forgetCart).toHaveBeenCalled()
  })

  it("opens the order in the buyer's language", async () => {
    m.completePaidCart.mockResolvedValue({ orderId: "order_1" })
    expect((await back("payment_intent=pi_1&redirect_status=succeeded", "en")).headers.get("location")).toBe("/en/order/order_1")
  })

  it("sends her back to the checkout, saying why, when the payment failed", async () => {
    const response = await back("payment_intent=pi_1&redirect_status=failed", "en")
    expect(response.status).toBe(303)
    expect(response.headers.get("location")).toBe("/en/checkout?card=declined")
    expect(m.completePaidCart).not.toHaveBeenCalled()
    expect(m.forgetCart).not.toHaveBeenCalled()
  })

  it("does nothing without Stripe's parameters", async () => {
    expect((await back("")).headers.get("location")).toBe("/checkout?card=declined")
    expect((await back("redirect_status=succeeded")).headers.get("location")).toBe("/checkout?card=declined")
    expect(m.completePaidCart).not.toHaveBeenCalled()
  })

  it("sends her back when the order could not be placed (the cart stays)", async () => {
    m.completePaidCart.mockResolvedValue({ failure: "cardNotPaid" })
    expect((await back("payment_intent=pi_1&redirect_status=succeeded")).headers.get("location")).toBe("/checkout?card=cardNotPaid")
    m.completePaidCart.mockResolvedValue({ failure: "stock" })
    expect((await back("payment_intent=pi_1&redirect_status=processing")).headers.get("location")).toBe("/checkout?card=stock")
    expect(m.forgetCart).not.toHaveBeenCalled()
  })
})
