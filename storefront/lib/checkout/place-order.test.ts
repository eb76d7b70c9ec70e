import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { MESSAGES } from "../i18n/messages"
import { IDLE } from "./form-state"

const m = vi.hoisted(() => ({
  currentCart: vi.fn(),
  updateCart: vi.fn(),
  listShippingOptions: vi.fn(),
  setShippingMethod: vi.fn(),
  retrieveCart: vi.fn(),
  chooseBankTransfer: vi.fn(),
  completeCart: vi.fn(),
  startCardPayment: vi.fn(),
  listPaymentProviders: vi.fn(),
  forgetCart: vi.fn(),
  readCartId: vi.fn(),
}))

vi.mock("./cart-session", () => ({ currentCart: m.currentCart }))
vi.mock("../medusa/cart", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../medusa/cart")>()),
  updateCart: m.updateCart,
  listShippingOptions: m.listShippingOptions,
  setShippingMethod: m.setShippingMethod,
  retrieveCart: m.retrieveCart,
  chooseBankTransfer: m.chooseBankTransfer,
  completeCart: m.completeCart,
  startCardPayment: m.startCardPayment,
  listPaymentProviders: m.listPaymentProviders,
}))
vi.mock("../session", () => ({ forgetCart: m.forgetCart, readCartId: m.readCartId }))
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url })
  },
}))

const { completeCardOrder, placeOrder } = await import("./checkout-actions")

const cart = {
  id: "cart_1",
  regionId: "reg_id",
  currencyCode: "idr",
  total: 250000,
  paymentCollectionId: null,
  lines: [{ id: "line_1" }],
  countries: ["id"],
}

function checkoutForm(overrides: Record<string, string> = {}) {
  const form = new FormData()
  const fields = {
    locale: "id",
    currency: "idr",
    email: "rina@contoh.com",
    name: "Rina Siregar",
    phone: "0812 3456 7890",
    address: "Jl. Gatot Subroto No. 12",
    province: "Sumatera Utara",
    city: "Medan",
    district: "",
    postalCode: "20112",
    shipping_option: "so_courier",
    payment: "bank-transfer",
    ...overrides,
  }
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  return form
}

/** The redirect's target, or fails when the action answered instead. */
async function redirectedTo(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    (answer) => {
      throw new Error(`no redirect, answered ${JSON.stringify(answer)}`)
    },
    (error: { url?: string }) => error
  )
  return error.url!
}

beforeEach(() => {
  for (const fn of Object.values(m)) fn.mockReset()
  m.currentCart.mockResolvedValue(cart)
  m.updateCart.mockResolvedValue(cart)
  m.listShippingOptions.mockResolvedValue([{ id: "so_courier", name: "Kurir", code: "courier", amount: 15000 }])
  m.retrieveCart.mockResolvedValue(cart)
  m.listPaymentProviders.mockResolvedValue(["pp_bank-transfer_bank-transfer", "pp_stripe_stripe"])
  m.startCardPayment.mockResolvedValue({ paymentIntentId: "pi_1", clientSecret: "pi_1_secret_x", amount: 250000 })
  vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "pk_test_51AbCdEf")
})

afterEach(() => vi.unstubAllEnvs())

describe("placing an order by bank transfer", () => {
  it("saves the order's details, pays by bank transfer, places it and opens it", async () => {
    m.completeCart.mockResolvedValue({ type: "order", orderId: "order_1" })
    expect(await redirectedTo(placeOrder(IDLE, checkoutForm()))).toBe("/order/order_1")
    expect(m.updateCart).toHaveBeenCalledTimes(1)
    expect(m.setShippingMethod).toHaveBeenCalledWith("cart_1", "so_courier")
    expect(m.chooseBankTransfer).toHaveBeenCalledWith(cart)
    expect(m.completeCart).toHaveBeenCalledWith("cart_1")
    expect(m.startCardPayment).not.toHaveBeenCalled()
    expect(m.forgetCart).toHaveBeenCalled()
  })

  it("keeps the form when Medusa refuses", async () => {
    m.completeCart.mockResolvedValue({ type: "cart", message: "Some variant does not have the required inventory" })
    const state = await placeOrder(IDLE, checkoutForm())
    expect(state).toMatchObject({ status: "error", message: MESSAGES.id.checkout.errors.stock })
    expect(state.values?.email).toBe("rina@contoh.com")
  })
})

describe("choosing card payment", () => {
  it("saves the order's details the same way, then answers with the card step instead of placing the order", async () => {
    const state = await placeOrder(IDLE, checkoutForm({ payment: "card" }))
    expect(state.status).toBe("card")
    expect(state.clientSecret).toBe("pi_1_secret_x")
    expect(state.payLabel).toMatch(/^Bayar Rp\s250\.000$/)
    expect(state.values?.payment).toBe("card")
    expect(m.updateCart).toHaveBeenCalledTimes(1)
    expect(m.setShippingMethod).toHaveBeenCalledWith("cart_1", "so_courier")
    expect(m.startCardPayment).toHaveBeenCalledWith(cart)
    expect(m.chooseBankTransfer).not.toHaveBeenCalled()
    expect(m.completeCart).not.toHaveBeenCalled()
  })

  it("checks every field first, as for a bank transfer", async () => {
    const state = await placeOrder(IDLE, checkoutForm({ payment: "card", postalCode: "201", email: "rina" }))
    expect(state.status).toBe("error")
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["email", "postalCode"])
    expect(m.startCardPayment).not.toHaveBeenCalled()
  })

  it("refuses when card payment is not offered (no key, or not in the region)", async () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "")
    expect(await placeOrder(IDLE, checkoutForm({ payment: "card" }))).toMatchObject({
      status: "error",
      message: MESSAGES.id.checkout.card.unavailable,
    })
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "pk_test_51AbCdEf")
    m.listPaymentProviders.mockResolvedValue(["pp_bank-transfer_bank-transfer"])
    expect((await placeOrder(IDLE, checkoutForm({ payment: "card" }))).status).toBe("error")
    expect(m.startCardPayment).not.toHaveBeenCalled()
  })

  it("says the backend failed when the Stripe session can't be started", async () => {
    m.startCardPayment.mockRejectedValue(new Error("Stripe is down"))
    expect(await placeOrder(IDLE, checkoutForm({ payment: "card" }))).toMatchObject({
      status: "error",
      message: MESSAGES.id.checkout.errors.backend,
    })
  })
})

describe("completing the order after the card payment", () => {
  it("places the order of the cart in the cookie, forgets the cart and opens the order", async () => {
    m.readCartId.mockResolvedValue("cart_1")
    m.completeCart.mockResolvedValue({ type: "order", orderId: "order_1" })
    expect(await redirectedTo(completeCardOrder("en"))).toBe("/en/order/order_1")
    expect(m.forgetCart).toHaveBeenCalled()
  })

  it("answers a translated reason when the order was not placed", async () => {
    m.readCartId.mockResolvedValue("cart_1")
    m.completeCart.mockResolvedValue({ type: "cart", message: "Payment authorization failed" })
    expect(await completeCardOrder("en")).toEqual({ message: MESSAGES.en.checkout.errors.cardNotPaid })
    expect(await completeCardOrder("xx")).toEqual({ message: MESSAGES.id.checkout.errors.cardNotPaid })
    expect(m.forgetCart).not.toHaveBeenCalled()
  })
})
