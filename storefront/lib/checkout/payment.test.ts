import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { getStripePublishableKey } from "../config"
import {
  BANK_TRANSFER_PROVIDER,
  STRIPE_PROVIDER,
  completeCart,
  listPaymentProviders,
  reusableCardSession,
  startCardPayment,
  type RawPaymentSession,
} from "../medusa/cart"
import {
  NOTICE_KEYS,
  cardNotice,
  cardOffered,
  cardPaymentKey,
  completePaidCart,
  errorFailure,
  paymentChoice,
  refusalFailure,
} from "./payment"
import { MESSAGES } from "../i18n/messages"

const mocks = vi.hoisted(() => ({ storeSend: vi.fn(), readCartId: vi.fn() }))
vi.mock("../medusa/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../medusa/client")>()),
  storeSend: mocks.storeSend,
}))
vi.mock("../session", () => ({ readCartId: mocks.readCartId }))

const KEY = "pk_test_51AbCdEf"

/** A Medusa SDK error (FetchError carries the status). */
const httpFailure = (status: number, message = "") => Object.assign(new Error(message), { status })

const stripeSession = (amount: number, intent = "pi_1", status = "requires_payment_method"): RawPaymentSession => ({
  id: `payses_${intent}`,
  provider_id: STRIPE_PROVIDER,
  amount,
  data: { id: intent, client_secret: `${intent}_secret_x`, status },
})

beforeEach(() => {
  mocks.storeSend.mockReset()
  mocks.readCartId.mockReset()
})

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("the payment choice", () => {
  it("is a bank transfer unless card is chosen", () => {
    expect(paymentChoice("card")).toBe("card")
    expect(paymentChoice("bank-transfer")).toBe("bank-transfer")
    expect(paymentChoice(null)).toBe("bank-transfer")
    expect(paymentChoice("paypal")).toBe("bank-transfer")
  })

  it("offers card only when the region lists Stripe and the key is set", () => {
    expect(cardOffered([BANK_TRANSFER_PROVIDER, STRIPE_PROVIDER], KEY)).toBe(true)
    expect(cardOffered([BANK_TRANSFER_PROVIDER], KEY)).toBe(false)
    expect(cardOffered([BANK_TRANSFER_PROVIDER, STRIPE_PROVIDER], null)).toBe(false)
    expect(cardOffered([], null)).toBe(false)
  })
})

describe("Stripe's publishable key (STRIPE_PUBLISHABLE_KEY)", () => {
  it("is read at request time, trimmed", () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "")
    expect(getStripePublishableKey()).toBeNull()
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", `  ${KEY} `)
    expect(getStripePublishableKey()).toBe(KEY)
  })

  it("is never a secret key, which would reach the browser", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {})
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "sk_test_51AbCdEf")
    expect(getStripePublishableKey()).toBeNull()
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "rk_live_51AbCdEf")
    expect(getStripePublishableKey()).toBeNull()
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })
})

describe("card payment for a region", () => {
  it("is offered with the key when the region lists Stripe's provider", async () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", KEY)
    mocks.storeSend.mockResolvedValue({ payment_providers: [{ id: BANK_TRANSFER_PROVIDER }, { id: STRIPE_PROVIDER }] })
    expect(await cardPaymentKey("reg_1")).toBe(KEY)
    expect(mocks.storeSend).toHaveBeenCalledWith("/store/payment-providers", { query: { region_id: "reg_1" } })
  })

  it("is not offered when the region does not list it, or lists it disabled", async () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", KEY)
    mocks.storeSend.mockResolvedValueOnce({ payment_providers: [{ id: BANK_TRANSFER_PROVIDER }] })
    expect(await cardPaymentKey("reg_1")).toBeNull()
    mocks.storeSend.mockResolvedValueOnce({ payment_providers: [{ id: STRIPE_PROVIDER, is_enabled: false }] })
    expect(await cardPaymentKey("reg_1")).toBeNull()
  })

  it("is not offered, and nothing is asked, without the key", async () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", "")
    expect(await cardPaymentKey("reg_1")).toBeNull()
    expect(mocks.storeSend).not.toHaveBeenCalled()
  })

  it("is not offered when the providers can't be read (bank transfer goes on)", async () => {
    vi.stubEnv("STRIPE_PUBLISHABLE_KEY", KEY)
    mocks.storeSend.mockRejectedValue(httpFailure(500))
    expect(await listPaymentProviders("reg_1")).toEqual([])
    expect(await cardPaymentKey("reg_1")).toBeNull()
  })
})

describe("the Stripe session to reuse", () => {
  it("is the one for the same amount", () => {
    const sessions = [stripeSession(250000)]
    expect(reusableCardSession(sessions, 250000)).toEqual({ paymentIntentId: "pi_1", clientSecret: "pi_1_secret_x", amount: 250000 })
    expect(reusableCardSession([stripeSession(32.5)], 32.5)?.paymentIntentId).toBe("pi_1")
  })

  it("is none when the amount changed, the intent was canceled, or the session is a bank transfer", () => {
    expect(reusableCardSession([stripeSession(250000)], 265000)).toBeNull()
    expect(reusableCardSession([stripeSession(250000, "pi_1", "canceled")], 250000)).toBeNull()
    expect(reusableCardSession([{ id: "payses_b", provider_id: BANK_TRANSFER_PROVIDER, amount: 250000, data: {} }], 250000)).toBeNull()
    expect(reusableCardSession([{ ...stripeSession(250000), data: { id: "pi_1" } }], 250000)).toBeNull()
  })
})

describe("starting a card payment", () => {
  const cart = { id: "cart_1", paymentCollectionId: "paycol_1", total: 250000 }

  it("reuses the PaymentIntent started for the same total", async () => {
    mocks.storeSend.mockResolvedValueOnce({ cart: { payment_collection: { payment_sessions: [stripeSession(250000)] } } })
    expect(await startCardPayment(cart)).toMatchObject({ clientSecret: "pi_1_secret_x", paymentIntentId: "pi_1" })
    expect(mocks.storeSend).toHaveBeenCalledTimes(1)
    expect(mocks.storeSend.mock.calls[0][1]).not.toHaveProperty("method")
  })

  it("starts a new one, without data, when the total changed", async () => {
    mocks.storeSend
      .mockResolvedValueOnce({ cart: { payment_collection: { payment_sessions: [stripeSession(250000)] } } })
      .mockResolvedValueOnce({ payment_collection: { payment_sessions: [stripeSession(265000, "pi_2")] } })
    expect(await startCardPayment({ ...cart, total: 265000 })).toMatchObject({ clientSecret: "pi_2_secret_x" })
    expect(mocks.storeSend).toHaveBeenLastCalledWith("/store/payment-collections/paycol_1/payment-sessions", {
      method: "POST",
      body: { provider_id: STRIPE_PROVIDER },
    })
  })

  it("creates the payment collection first when the cart has none", async () => {
    mocks.storeSend
      .mockResolvedValueOnce({ payment_collection: { id: "paycol_new" } })
      .mockResolvedValueOnce({ payment_collection: { payment_sessions: [stripeSession(250000)] } })
    await startCardPayment({ ...cart, paymentCollectionId: null })
    expect(mocks.storeSend.mock.calls.map((c) => c[0])).toEqual([
      "/store/payment-collections",
      "/store/payment-collections/paycol_new/payment-sessions",
    ])
    expect(mocks.storeSend.mock.calls[0][1]).toEqual({ method: "POST", body: { cart_id: "cart_1" } })
  })

  it("fails when the backend's session has no client secret", async () => {
    mocks.storeSend
      .mockResolvedValueOnce({ cart: { payment_collection: { payment_sessions: [] } } })
      .mockResolvedValueOnce({ payment_collection: { payment_sessions: [{ id: "x", provider_id: STRIPE_PROVIDER, amount: 1, data: {} }] } })
    await expect(startCardPayment(cart)).rejects.toThrow(/client secret/)
  })
})

describe("completing a cart", () => {
  const noWait = vi.fn(async () => {})
  beforeEach(() => noWait.mockClear())

  it("tries once more, a second later, when another request (Stripe's webhook) is completing it", async () => {
    mocks.storeSend
      .mockRejectedValueOnce(httpFailure(409, "Cart is already being completed by another request"))
      .mockResolvedValueOnce({ type: "order", order: { id: "order_1" } })
    expect(await completeCart("cart_1", noWait)).toEqual({ type: "order", orderId: "order_1" })
    expect(noWait).toHaveBeenCalledWith(1000)
    expect(mocks.storeSend).toHaveBeenCalledTimes(2)
  })

  it("tries only once more", async () => {
    mocks.storeSend.mockRejectedValue(httpFailure(409))
    await expect(completeCart("cart_1", noWait)).rejects.toMatchObject({ status: 409 })
    expect(mocks.storeSend).toHaveBeenCalledTimes(2)
  })

  it("does not retry other failures", async () => {
    mocks.storeSend.mockRejectedValue(httpFailure(400, "Some variant does not have the required inventory"))
    await expect(completeCart("cart_1", noWait)).rejects.toMatchObject({ status: 400 })
    expect(mocks.storeSend).toHaveBeenCalledTimes(1)
    expect(noWait).not.toHaveBeenCalled()
  })

  it("answers Medusa's refusal with its message", async () => {
    mocks.storeSend.mockResolvedValue({ type: "cart", error: { message: "Payment authorization failed" } })
    expect(await completeCart("cart_1", noWait)).toEqual({ type: "cart", message: "Payment authorization failed" })
  })
})

describe("why an order was not placed", () => {
  it("tells short stock, an unpaid card and other faults apart", () => {
    expect(refusalFailure("Some variant does not have the required inventory", "card")).toBe("stock")
    expect(refusalFailure("Payment authorization failed", "card")).toBe("cardNotPaid")
    expect(refusalFailure("Payment authorization failed", "bank-transfer")).toBe("backend")
    expect(errorFailure(httpFailure(404))).toBe("cartGone")
    expect(errorFailure(httpFailure(400, "Some variant does not have the required inventory"))).toBe("stock")
    expect(errorFailure(new Error("socket hang up"))).toBe("backend")
  })

  it("after a card payment: completes the cart in the cookie", async () => {
    mocks.readCartId.mockResolvedValue("cart_1")
    mocks.storeSend.mockResolvedValue({ type: "order", order: { id: "order_1" } })
    expect(await completePaidCart()).toEqual({ orderId: "order_1" })
    expect(mocks.storeSend).toHaveBeenCalledWith("/store/carts/cart_1/complete", expect.objectContaining({ method: "POST" }))

    mocks.storeSend.mockResolvedValue({ type: "cart", error: { message: "Payment was not successful" } })
    expect(await completePaidCart()).toEqual({ failure: "cardNotPaid" })

    mocks.readCartId.mockResolvedValue(null)
    expect(await completePaidCart()).toEqual({ failure: "cartGone" })
  })

  it("reads the checkout's ?card= notice from a fixed list, each with a message in both languages", () => {
    expect(cardNotice("declined")).toBe("declined")
    expect(cardNotice("stock")).toBe("stock")
    expect(cardNotice("<script>")).toBeNull()
    expect(cardNotice(["declined"])).toBeNull()
    expect(cardNotice(undefined)).toBeNull()
    for (const key of Object.values(NOTICE_KEYS)) {
      const [group, name] = key.split(".")
      for (const locale of ["id", "en"] as const) {
        const messages = MESSAGES[locale].checkout as unknown as Record<string, Record<string, string>>
        expect(messages[group][name], `${locale} ${key}`).toBeTruthy()
      }
    }
  })
})
