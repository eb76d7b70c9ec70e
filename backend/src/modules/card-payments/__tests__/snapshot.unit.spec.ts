import type Stripe from "stripe"
import { paymentIntentOf } from "../../../api/hooks/payment/stripe_stripe/intent-of"
import { toIntentSnapshot } from "../snapshot"

const balance = (id: string, amount: number, fee: number) =>
  ({ id, object: "balance_transaction", amount, fee, net: amount - fee, currency: "usd", exchange_rate: null }) as Stripe.BalanceTransaction

describe("the intent a webhook event is about", () => {
  const event = (object: object) => ({ data: { object } }) as unknown as Stripe.Event
  it("is the intent itself, or the intent of a charge or refund", () => {
    expect(paymentIntentOf(event({ object: "payment_intent", id: "pi_1" }))).toBe("pi_1")
    expect(paymentIntentOf(event({ object: "charge", id: "ch_1", payment_intent: "pi_2" }))).toBe("pi_2")
    expect(paymentIntentOf(event({ object: "refund", id: "re_1", payment_intent: { id: "pi_3" } }))).toBe("pi_3")
  })
  it("is none for events about anything else", () => {
    expect(paymentIntentOf(event({ object: "customer", id: "cus_1" }))).toBeNull()
    expect(paymentIntentOf(event({ object: "charge", id: "ch_1", payment_intent: null }))).toBeNull()
  })
})

describe("an intent snapshot", () => {
  const intent = (fields: object) =>
    ({ id: "pi_1", status: "succeeded", currency: "usd", amount: 2000, amount_received: 2000, metadata: { session_id: "payses_1" }, last_payment_error: null, latest_charge: null, ...fields }) as unknown as Stripe.PaymentIntent

  it("keeps the captured charge's and the refunds' balance figures, and which refunds Medusa made", () => {
    const snapshot = toIntentSnapshot(
      intent({ latest_charge: { id: "ch_1", amount: 2000, captured: true, balance_transaction: balance("txn_1", 2000, 88) } }),
      [
        { id: "re_1", amount: 500, status: "succeeded", metadata: { medusa_refund_id: "ref_1" }, balance_transaction: balance("txn_2", -500, 0) },
        { id: "re_2", amount: 300, status: "pending", metadata: {}, balance_transaction: null },
      ] as unknown as Stripe.Refund[]
    )
    expect(snapshot).toEqual({
      id: "pi_1", status: "succeeded", currency: "usd", amount: 2000, amount_received: 2000, session_id: "payses_1", decline_message: null,
      charge: { id: "ch_1", amount: 2000, balance: { id: "txn_1", currency: "usd", amount: 2000, fee: 88, net: 1912, exchange_rate: null } },
      refunds: [
        { id: "re_1", amount: 500, status: "succeeded", medusa_refund_id: "ref_1", balance: { id: "txn_2", currency: "usd", amount: -500, fee: 0, net: -500, exchange_rate: null } },
        { id: "re_2", amount: 300, status: "pending", medusa_refund_id: null, balance: null },
      ],
    })
  })

  it("has no charge before capture, and says why a card was declined", () => {
    const declined = toIntentSnapshot(
      intent({ status: "requires_payment_method", amount_received: 0, metadata: {}, last_payment_error: { message: "Your card was declined." }, latest_charge: { id: "ch_1", amount: 2000, captured: false, balance_transaction: null } }),
      []
    )
    expect(declined).toMatchObject({ session_id: null, decline_message: "Your card was declined.", charge: null, refunds: [] })
  })
})
