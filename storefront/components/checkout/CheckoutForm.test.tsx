// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { CardStrings } from "./CardPayment"
import { CheckoutForm, type CardOption, type CheckoutStrings } from "./CheckoutForm"

const m = vi.hoisted(() => ({ placeOrder: vi.fn(), cardProps: vi.fn() }))
vi.mock("@/lib/checkout/checkout-actions", () => ({ placeOrder: m.placeOrder, completeCardOrder: vi.fn() }))
// The card step itself is CardPayment.test.tsx's business: here only whether and how it shows.
vi.mock("./CardPayment", () => ({
  CardPayment: (props: { clientSecret: string; payLabel: string; onChooseBankTransfer?: () => void }) => {
    m.cardProps(props)
    return (
      <section data-testid="card-step">
        <button type="button" onClick={props.onChooseBankTransfer}>
          Pilih transfer bank
        </button>
      </section>
    )
  },
}))

const strings = new Proxy({} as CheckoutStrings, { get: (_, key) => String(key) })
const card: CardOption = {
  publishableKey: "pk_test_1",
  returnPath: "/checkout/card-return",
  strings: new Proxy({} as CardStrings, { get: (_, key) => String(key) }),
}

function renderForm(cardOption: CardOption | null, initial: Record<string, string> = {}) {
  return render(
    <CheckoutForm
      locale="id"
      currency="idr"
      indonesian
      initial={initial}
      provinces={["Sumatera Utara"]}
      countries={[]}
      shippingOptions={[{ id: "so_1", label: "Kurir", price: "Rp 15.000" }]}
      strings={strings}
      card={cardOption}
    />
  )
}

const radios = () => [...document.querySelectorAll<HTMLInputElement>('input[name="payment"]')]
const submitButton = () => document.querySelector<HTMLButtonElement>('form button[type="submit"]')

beforeEach(() => {
  m.placeOrder.mockReset()
  m.cardProps.mockReset()
})
afterEach(cleanup)

describe("the checkout's payment step", () => {
  it("offers bank transfer alone, chosen, when cards are not offered", () => {
    renderForm(null)
    expect(radios().map((r) => [r.value, r.checked])).toEqual([["bank-transfer", true]])
    expect(submitButton()?.textContent).toBe("placeOrder")
    expect(screen.queryByText("card")).toBeNull()
  })

  it("offers card beside bank transfer (still the default), explained, with a note for browsers without JavaScript", () => {
    const { container } = renderForm(card)
    expect(radios().map((r) => [r.value, r.checked])).toEqual([
      ["bank-transfer", true],
      ["card", false],
    ])
    expect(screen.getByText("cardExplain").id).toBe(radios()[1].getAttribute("aria-describedby"))
    expect(container.querySelector("noscript")).not.toBeNull()
  })

  it("continues to the card step when card is chosen, and shows it with the action's answer", async () => {
    m.placeOrder.mockResolvedValue({
      status: "card",
      clientSecret: "pi_1_secret_x",
      payLabel: "Bayar Rp 265.000",
      values: { payment: "card", shipping_option: "so_1" },
    })
    renderForm(card)
    fireEvent.click(radios()[1])
    expect(submitButton()?.textContent).toBe("continueToCard")

    await act(async () => {
      fireEvent.submit(document.querySelector("form")!)
    })
    await waitFor(() => expect(screen.getByTestId("card-step")).toBeTruthy())
    expect(m.placeOrder).toHaveBeenCalledTimes(1)
    const form = m.placeOrder.mock.calls[0][1] as FormData
    expect(form.get("payment")).toBe("card")
    expect(m.cardProps).toHaveBeenLastCalledWith(expect.objectContaining({ clientSecret: "pi_1_secret_x", payLabel: "Bayar Rp 265.000" }))
    // The card step's pay button replaces the form's.
    expect(submitButton()).toBeNull()
    expect(radios()[1].checked).toBe(true)

    // Bank transfer after all: its radio is chosen, and the form's button places the order again.
    fireEvent.click(screen.getByRole("button", { name: "Pilih transfer bank" }))
    expect(radios()[0].checked).toBe(true)
    expect(document.activeElement).toBe(radios()[0])
    expect(submitButton()?.textContent).toBe("placeOrder")
    expect(screen.getByTestId("card-step").parentElement?.hidden).toBe(true)
  })

  it("asks to save again when a field changes after the card step appeared (the total may change)", async () => {
    m.placeOrder.mockResolvedValue({ status: "card", clientSecret: "pi_1_secret_x", payLabel: "Bayar", values: { payment: "card" } })
    renderForm(card, { payment: "card" })
    await act(async () => {
      fireEvent.submit(document.querySelector("form")!)
    })
    await waitFor(() => expect(screen.getByTestId("card-step")).toBeTruthy())
    fireEvent.change(document.querySelector<HTMLInputElement>('input[name="city"]')!, { target: { value: "Binjai" } })
    expect(screen.queryByTestId("card-step")).toBeNull()
    expect(submitButton()?.textContent).toBe("continueToCard")
  })

  it("shows why a card payment came back without an order", () => {
    render(
      <CheckoutForm
        locale="id"
        currency="idr"
        indonesian
        initial={{ payment: "card" }}
        provinces={[]}
        countries={[]}
        shippingOptions={[]}
        strings={strings}
        card={card}
        notice="Pembayaran kartu tidak berhasil."
      />
    )
    expect(screen.getByRole("alert").textContent).toContain("Pembayaran kartu tidak berhasil.")
    expect(radios()[1].checked).toBe(true)
  })
})
