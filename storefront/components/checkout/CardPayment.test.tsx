// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { CardPayment, LOAD_TIMEOUT_MS, type CardStrings } from "./CardPayment"

const mocks = vi.hoisted(() => ({ loadStripe: vi.fn(), completeCardOrder: vi.fn() }))
vi.mock("@stripe/stripe-js", () => ({ loadStripe: mocks.loadStripe }))
vi.mock("@/lib/checkout/checkout-actions", () => ({ completeCardOrder: mocks.completeCardOrder }))

const strings: CardStrings = {
  title: "Bayar dengan kartu",
  lead: "Isi data kartu Anda.",
  loading: "Memuat formulir kartu…",
  processing: "Memproses pembayaran…",
  loadFailed: "Pembayaran kartu tidak dapat dimuat. Periksa koneksi Anda atau pilih transfer bank.",
  needsJs: "Pembayaran kartu memerlukan JavaScript.",
  tryAgain: "Anda bisa mencoba kartu lain, atau membayar dengan transfer bank.",
  chooseBankTransfer: "Pilih transfer bank",
  failed: "Pembayaran kartu tidak berhasil.",
  notPlaced: "Pesanan belum bisa dibuat.",
}

type ConfirmResult = { paymentIntent?: { status: string }; error?: { type: string; code?: string; message?: string; payment_intent?: { status: string } } }

/** A stand-in for Stripe.js: elements() → create() → a Payment Element that records mount/destroy/on. */
function fakeStripe(confirm: () => Promise<ConfirmResult>) {
  const handlers: Record<string, (event?: unknown) => void> = {}
  const element = {
    mount: vi.fn(),
    destroy: vi.fn(),
    on: vi.fn((event: string, handler: (event?: unknown) => void) => {
      handlers[event] = handler
      return element
    }),
  }
  const elements = { create: vi.fn(() => element), submit: vi.fn(async () => ({})) }
  const stripe = { elements: vi.fn(() => elements), confirmPayment: vi.fn(confirm) }
  return { stripe, elements, element, handlers }
}

const declined: ConfirmResult = {
  error: { type: "card_error", code: "card_declined", message: "Your card was declined." },
}

function renderCard(onChooseBankTransfer = vi.fn()) {
  render(
    <CardPayment
      publishableKey="pk_test_123"
      clientSecret="pi_1_secret_abc"
      locale="id"
      payLabel="Bayar Rp 250.000"
      returnPath="/checkout/card-return"
      strings={strings}
      onChooseBankTransfer={onChooseBankTransfer}
    />
  )
  return onChooseBankTransfer
}

// Plain DOM reads (no jest-dom matchers in this project).
const text = (element: Element) => element.textContent ?? ""
const disabled = (element: Element) => (element as HTMLButtonElement).disabled

const payButton = () => screen.getByRole("button", { name: /Bayar Rp 250\.000|Memproses pembayaran/ })

async function readyToPay() {
  await waitFor(() => expect(disabled(screen.getByRole("button", { name: "Bayar Rp 250.000" }))).toBe(false))
}

beforeEach(() => {
  mocks.loadStripe.mockReset()
  mocks.completeCardOrder.mockReset()
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe("the card step", () => {
  it("mounts Stripe's Payment Element with the client secret and the page's language", async () => {
    const fake = fakeStripe(async () => ({ paymentIntent: { status: "succeeded" } }))
    mocks.loadStripe.mockResolvedValue(fake.stripe)
    renderCard()
    await readyToPay()
    expect(mocks.loadStripe).toHaveBeenCalledWith("pk_test_123")
    expect(fake.stripe.elements).toHaveBeenCalledWith(expect.objectContaining({ clientSecret: "pi_1_secret_abc", locale: "id" }))
    expect(fake.elements.create).toHaveBeenCalledWith("payment", expect.anything())
    expect(fake.element.mount).toHaveBeenCalledWith(screen.getByTestId("payment-element"))
  })

  it("shows that it is loading, with the pay button disabled, until Stripe.js is there", async () => {
    mocks.loadStripe.mockReturnValue(new Promise(() => {}))
    renderCard()
    expect(text(screen.getByRole("status"))).toContain(strings.loading)
    expect(disabled(payButton())).toBe(true)
  })

  it("places the order once Stripe confirms the payment", async () => {
    const fake = fakeStripe(async () => ({ paymentIntent: { status: "succeeded" } }))
    mocks.loadStripe.mockResolvedValue(fake.stripe)
    mocks.completeCardOrder.mockReturnValue(new Promise(() => {})) // redirects: never answers
    renderCard()
    await readyToPay()
    fireEvent.click(payButton())
    await waitFor(() => expect(mocks.completeCardOrder).toHaveBeenCalledTimes(1))
    expect(mocks.completeCardOrder).toHaveBeenCalledWith("id")
    expect(fake.stripe.confirmPayment).toHaveBeenCalledTimes(1)
    const [options] = fake.stripe.confirmPayment.mock.calls[0] as unknown as [Record<string, unknown>]
    expect(options).toMatchObject({ elements: fake.elements, redirect: "if_required" })
    expect((options.confirmParams as { return_url: string }).return_url).toMatch(/^https?:\/\/[^/]+\/checkout\/card-return$/)
    // While the order is placed: "Memproses pembayaran…", and no second click.
    expect(text(payButton())).toContain(strings.processing)
    expect(disabled(payButton())).toBe(true)
    expect(screen.queryByRole("alert")).toBeNull()
  })

  it.each(["requires_capture", "processing"])("counts a PaymentIntent that is %s as paid", async (status) => {
    mocks.loadStripe.mockResolvedValue(fakeStripe(async () => ({ paymentIntent: { status } })).stripe)
    mocks.completeCardOrder.mockReturnValue(new Promise(() => {}))
    renderCard()
    await readyToPay()
    fireEvent.click(payButton())
    await waitFor(() => expect(mocks.completeCardOrder).toHaveBeenCalledTimes(1))
  })

  it("places the order when an earlier try already paid (no second charge)", async () => {
    const alreadyPaid = { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "x", payment_intent: { status: "succeeded" } } }
    mocks.loadStripe.mockResolvedValue(fakeStripe(async () => alreadyPaid).stripe)
    mocks.completeCardOrder.mockReturnValue(new Promise(() => {}))
    renderCard()
    await readyToPay()
    fireEvent.click(payButton())
    await waitFor(() => expect(mocks.completeCardOrder).toHaveBeenCalledTimes(1))
  })

  it("shows a declined card's message, keeps the form for another card and offers bank transfer", async () => {
    const fake = fakeStripe(async () => declined)
    mocks.loadStripe.mockResolvedValue(fake.stripe)
    const chooseBank = renderCard()
    await readyToPay()
    fireEvent.click(payButton())
    const alert = await screen.findByRole("alert")
    expect(text(alert)).toContain("Your card was declined.")
    await waitFor(() => expect(document.activeElement).toBe(alert))
    expect(mocks.completeCardOrder).not.toHaveBeenCalled()
    expect(disabled(payButton())).toBe(false)
    expect(text(payButton())).toContain("Bayar Rp 250.000")
    expect(fake.element.destroy).not.toHaveBeenCalled()
    expect(screen.getByText(strings.tryAgain)).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: strings.chooseBankTransfer }))
    expect(chooseBank).toHaveBeenCalledTimes(1)

    // Another card, this time accepted.
    fake.stripe.confirmPayment.mockResolvedValueOnce({ paymentIntent: { status: "succeeded" } })
    mocks.completeCardOrder.mockReturnValue(new Promise(() => {}))
    fireEvent.click(payButton())
    await waitFor(() => expect(mocks.completeCardOrder).toHaveBeenCalledTimes(1))
  })

  it("does not place the order when the payment still needs something", async () => {
    mocks.loadStripe.mockResolvedValue(fakeStripe(async () => ({ paymentIntent: { status: "requires_payment_method" } })).stripe)
    renderCard()
    await readyToPay()
    fireEvent.click(payButton())
    expect(text(await screen.findByRole("alert"))).toContain(strings.failed)
    expect(mocks.completeCardOrder).not.toHaveBeenCalled()
    expect(disabled(payButton())).toBe(false)
  })

  it("shows why the order was not placed after the payment (the action's translated message)", async () => {
    mocks.loadStripe.mockResolvedValue(fakeStripe(async () => ({ paymentIntent: { status: "succeeded" } })).stripe)
    mocks.completeCardOrder.mockResolvedValue({ message: "Stok sebagian barang tidak lagi mencukupi." })
    renderCard()
    await readyToPay()
    fireEvent.click(payButton())
    expect(text(await screen.findByRole("alert"))).toContain("Stok sebagian barang tidak lagi mencukupi.")
    expect(disabled(payButton())).toBe(false)
  })

  it("says the order is not placed yet when the action can't be reached after the payment", async () => {
    mocks.loadStripe.mockResolvedValue(fakeStripe(async () => ({ paymentIntent: { status: "succeeded" } })).stripe)
    mocks.completeCardOrder.mockRejectedValue(new Error("Failed to fetch"))
    renderCard()
    await readyToPay()
    fireEvent.click(payButton())
    expect(text(await screen.findByRole("alert"))).toContain(strings.notPlaced)
    expect(disabled(payButton())).toBe(false)
  })

  it("says the payment failed when Stripe.js can't be reached while paying", async () => {
    mocks.loadStripe.mockResolvedValue(fakeStripe(async () => Promise.reject(new Error("network"))).stripe)
    renderCard()
    await readyToPay()
    fireEvent.click(payButton())
    expect(text(await screen.findByRole("alert"))).toContain(strings.failed)
    expect(mocks.completeCardOrder).not.toHaveBeenCalled()
  })

  describe("when Stripe.js can't be loaded", () => {
    async function expectLoadFailed(chooseBank: ReturnType<typeof vi.fn>) {
      const alert = await screen.findByRole("alert")
      expect(text(alert)).toContain(strings.loadFailed)
      expect(screen.queryByRole("button", { name: /Bayar/ })).toBeNull()
      fireEvent.click(screen.getByRole("button", { name: strings.chooseBankTransfer }))
      expect(chooseBank).toHaveBeenCalledTimes(1)
    }

    it("says so when loadStripe finds no Stripe (null)", async () => {
      mocks.loadStripe.mockResolvedValue(null)
      await expectLoadFailed(renderCard())
    })

    it("says so when loadStripe fails (the script is blocked or offline)", async () => {
      mocks.loadStripe.mockRejectedValue(new Error("Failed to load Stripe.js"))
      await expectLoadFailed(renderCard())
    })

    it("says so when Stripe.js takes too long, and mounts nothing that arrives later", async () => {
      vi.useFakeTimers()
      let arrive: (stripe: unknown) => void = () => {}
      mocks.loadStripe.mockReturnValue(new Promise((resolve) => (arrive = resolve)))
      renderCard()
      await act(async () => {
        await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS)
      })
      expect(text(screen.getByRole("alert"))).toContain(strings.loadFailed)
      const late = fakeStripe(async () => ({ paymentIntent: { status: "succeeded" } }))
      await act(async () => arrive(late.stripe))
      expect(late.element.mount).not.toHaveBeenCalled()
      expect(screen.queryByRole("button", { name: /Bayar/ })).toBeNull()
    })

    it("says so when the Payment Element reports a load error", async () => {
      const fake = fakeStripe(async () => ({ paymentIntent: { status: "succeeded" } }))
      mocks.loadStripe.mockResolvedValue(fake.stripe)
      renderCard()
      await readyToPay()
      act(() => fake.handlers.loaderror?.({ elementType: "payment", error: { type: "invalid_request_error" } }))
      expect(text(await screen.findByRole("alert"))).toContain(strings.loadFailed)
    })
  })

  it("creates no Payment Element when Stripe.js is missing", async () => {
    mocks.loadStripe.mockResolvedValue(null)
    renderCard()
    await screen.findByRole("alert")
    // Nothing to mount into, nothing mounted: the fake has no element to record, so check the DOM.
    expect(screen.queryByTestId("payment-element")).toBeNull()
  })

  it("tells browsers without JavaScript that card payment needs it", () => {
    mocks.loadStripe.mockReturnValue(new Promise(() => {}))
    const { container } = render(
      <CardPayment publishableKey="pk_test_1" clientSecret="s" locale="en" payLabel="Pay $12.00" returnPath="/en/checkout/card-return" strings={strings} />
    )
    expect(container.querySelector("noscript")).not.toBeNull()
  })

  it("destroys the Payment Element when the step goes away", async () => {
    const fake = fakeStripe(async () => ({ paymentIntent: { status: "succeeded" } }))
    mocks.loadStripe.mockResolvedValue(fake.stripe)
    renderCard()
    await readyToPay()
    cleanup()
    expect(fake.element.destroy).toHaveBeenCalled()
  })
})
