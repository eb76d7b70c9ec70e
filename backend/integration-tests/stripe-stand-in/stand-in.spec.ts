import Stripe from "stripe"
import { decodeForm, startStripeStandIn, type StripeStandIn } from "./server"
import { signedDelivery, stripeEvent } from "./events"

// The Stripe stand-in (a local test server, not Stripe) driven by the real `stripe` client.

describe("Stripe stand-in", () => {
  let standIn: StripeStandIn
  let stripe: Stripe

  const clientFor = (s: StripeStandIn, extra: Partial<Stripe.StripeConfig> = {}) =>
    new Stripe(s.apiKey, { host: s.host, port: s.port, protocol: s.protocol, ...extra })
  const usdIntent = (params: Partial<Stripe.PaymentIntentCreateParams> = {}) =>
    stripe.paymentIntents.create({ amount: 2000, currency: "usd", metadata: { session_id: "payses_1" }, ...params })
  const paidIntent = async (amount = 2000) =>
    stripe.paymentIntents.confirm((await usdIntent({ amount })).id, { payment_method: "pm_card_visa" })
  const rejection = (promise: Promise<unknown>) => promise.then(() => expect.fail("expected a Stripe error"), (e) => e)

  beforeAll(async () => {
    standIn = await startStripeStandIn()
    stripe = clientFor(standIn)
  })
  afterEach(() => standIn.reset())
  afterAll(() => standIn.close())

  it("decodes the client's bracket notation", () => {
    expect(decodeForm("metadata[session_id]=x&expand[0]=a&expand[1]=b.c&payment_method_types[]=card&amount=5")).toEqual({
      metadata: { session_id: "x" },
      expand: ["a", "b.c"],
      payment_method_types: ["card"],
      amount: "5",
    })
  })

  it("creates an intent, confirms it with a Visa card and records the charge and its fee", async () => {
    const created = await usdIntent({ expand: ["payment_method"] })
    expect(created).toMatchObject({
      object: "payment_intent", status: "requires_payment_method", amount: 2000, currency: "usd", livemode: false,
      amount_received: 0, amount_capturable: 0, latest_charge: null, last_payment_error: null, payment_method: null,
      capture_method: "automatic", metadata: { session_id: "payses_1" },
    })
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_`))

    const confirmed = await stripe.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa" })
    expect(confirmed).toMatchObject({ status: "succeeded", amount_received: 2000, latest_charge: expect.stringMatching(/^ch_/) })

    const intent = await stripe.paymentIntents.retrieve(created.id, {
      expand: ["latest_charge.balance_transaction", "payment_method"],
    })
    const charge = intent.latest_charge as Stripe.Charge
    expect(charge).toMatchObject({
      object: "charge", captured: true, amount: 2000, amount_refunded: 0, refunded: false, currency: "usd",
      payment_intent: intent.id,
    })
    expect(charge.balance_transaction).toMatchObject({
      object: "balance_transaction", type: "charge", amount: 2000, currency: "usd", fee: 88, net: 1912, // 2.9% + 30¢
      source: charge.id, status: "available", exchange_rate: null,
      fee_details: [{ amount: 88, currency: "usd", type: "stripe_fee", description: "Stripe processing fees" }],
    })
    expect(intent.payment_method).toMatchObject({ object: "payment_method", type: "card", card: { brand: "visa", last4: "4242" } })
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1/payment_intents",
      `POST /v1/payment_intents/${created.id}/confirm`,
      `GET /v1/payment_intents/${created.id}`,
    ])
    expect(standIn.requests[0].body).toMatchObject({ amount: "2000", metadata: { session_id: "payses_1" }, expand: ["payment_method"] })
  })

  it("charges IDR in hundredths with the Rp 2.000 fixed fee", async () => {
    const pi = await stripe.paymentIntents.create({ amount: 25_000_000, currency: "idr" }) // Rp 250.000
    await stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_mastercard" })
    const intent = await stripe.paymentIntents.retrieve(pi.id, { expand: ["latest_charge.balance_transaction"] })
    const txn = (intent.latest_charge as Stripe.Charge).balance_transaction as Stripe.BalanceTransaction
    expect(txn).toMatchObject({ amount: 25_000_000, currency: "idr", fee: 0.029 * 25_000_000 + 200_000, net: 25_000_000 - 925_000 })
  })

  it("authorises with manual capture and captures later", async () => {
    const pi = await usdIntent({ capture_method: "manual" })
    const authorised = await stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" })
    expect(authorised).toMatchObject({ status: "requires_capture", amount_capturable: 2000, amount_received: 0 })
    expect(standIn.charge(authorised.latest_charge as string)).toMatchObject({ captured: false, balance_transaction: null })

    const captured = await stripe.paymentIntents.capture(pi.id, {}, { idempotencyKey: "capt_1" })
    expect(captured).toMatchObject({ status: "succeeded", amount_capturable: 0, amount_received: 2000 })
    const charge = await stripe.charges.retrieve(captured.latest_charge as string, { expand: ["balance_transaction"] })
    expect(charge).toMatchObject({ captured: true, balance_transaction: { type: "charge", amount: 2000, fee: 88 } })

    // Capturing again: Medusa's provider reads the intent from the error and treats it as captured.
    const error = await rejection(stripe.paymentIntents.capture(pi.id))
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(error).toMatchObject({ statusCode: 400, code: "payment_intent_unexpected_state", payment_intent: { id: pi.id, status: "succeeded" } })
  })

  it("declines test cards with a card error carrying the intent, then accepts a good card", async () => {
    const pi = await usdIntent()
    const declined = await rejection(stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_chargeDeclined" }))
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(declined).toMatchObject({ statusCode: 402, message: "Your card was declined.", code: "card_declined", decline_code: "generic_decline" })
    expect(declined.raw.payment_intent).toMatchObject({ id: pi.id, status: "requires_payment_method" })
    expect((await stripe.paymentIntents.retrieve(pi.id)).last_payment_error).toEqual({
      type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined.",
    })

    const broke = await rejection(stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_chargeDeclinedInsufficientFunds" }))
    expect(broke).toMatchObject({ decline_code: "insufficient_funds", message: "Your card has insufficient funds." })
    expect(standIn.intent(pi.id)).toMatchObject({ status: "requires_payment_method", payment_method: null, latest_charge: null })

    const paid = await stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" })
    expect(paid).toMatchObject({ status: "succeeded", last_payment_error: null })
    const again = await rejection(stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" }))
    expect(again).toMatchObject({ statusCode: 400, code: "payment_intent_unexpected_state", payment_intent: { status: "succeeded" } })
  })

  it("returns a declined create-and-confirm as a card error with the new intent", async () => {
    const error = await rejection(usdIntent({ confirm: true, payment_method: "pm_card_chargeDeclined" }))
    expect(error.type).toBe("StripeCardError")
    expect(standIn.intent(error.raw.payment_intent.id).last_payment_error).toMatchObject({ decline_code: "generic_decline" })
  })

  it("replays a request with the same idempotency key without acting again", async () => {
    const first = await usdIntent({}).then(() => stripe.paymentIntents.create({ amount: 500, currency: "usd" }, { idempotencyKey: "payses_42" }))
    const second = await stripe.paymentIntents.create({ amount: 500, currency: "usd" }, { idempotencyKey: "payses_42" })
    expect(second.id).toBe(first.id)
    expect(second.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect(standIn.requests.filter((r) => r.idempotencyKey === "payses_42")).toHaveLength(2)

    const declined = await usdIntent()
    const confirmDecline = () =>
      stripe.paymentIntents.confirm(declined.id, { payment_method: "pm_card_chargeDeclined" }, { idempotencyKey: "conf_1" })
    await rejection(confirmDecline())
    expect((await rejection(confirmDecline())).type).toBe("StripeCardError") // the stored 402, replayed

    const reused = await rejection(stripe.paymentIntents.create({ amount: 501, currency: "usd" }, { idempotencyKey: "payses_42" }))
    expect(reused).toBeInstanceOf(Stripe.errors.StripeIdempotencyError)
  })

  it("updates and cancels an intent as Medusa's provider does", async () => {
    const pi = await usdIntent({ capture_method: "manual" })
    const updated = await stripe.paymentIntents.update(pi.id, { amount: 2500, metadata: { cart: "c1" }, expand: ["payment_method"] })
    expect(updated).toMatchObject({ amount: 2500, metadata: { session_id: "payses_1", cart: "c1" }, payment_method: null })
    await stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" })
    const canceled = await stripe.paymentIntents.cancel(pi.id)
    expect(canceled).toMatchObject({ status: "canceled", amount_capturable: 0 })
    expect(standIn.charge(canceled.latest_charge as string)).toMatchObject({ captured: false, refunded: true })
    const again = await rejection(stripe.paymentIntents.cancel(pi.id))
    expect(again).toMatchObject({ code: "payment_intent_unexpected_state", payment_intent: { status: "canceled" } })

    const paid = await paidIntent()
    expect(await rejection(stripe.paymentIntents.cancel(paid.id))).toMatchObject({ payment_intent: { status: "succeeded" } })
    expect(await rejection(stripe.paymentIntents.update(paid.id, { amount: 1 }))).toMatchObject({ code: "payment_intent_unexpected_state" })
  })

  it("keeps Stripe customers for Medusa's account holders and uses them on intents", async () => {
    const address = { city: "Medan", country: "ID", line1: "Jl. Gatot Subroto 1", postal_code: "20112" }
    const customer = await stripe.customers.create({ email: "dina@example.com", name: "Dina", address })
    expect(customer).toMatchObject({ id: expect.stringMatching(/^cus_/), object: "customer", email: "dina@example.com", address })
    expect(await stripe.customers.update(customer.id, { phone: "+62 61 123" })).toMatchObject({ phone: "+62 61 123", name: "Dina" })
    const pi = await usdIntent({ customer: customer.id })
    expect((await stripe.paymentIntents.retrieve(pi.id, { expand: ["customer"] })).customer).toMatchObject({ id: customer.id })
    expect(await stripe.customers.del(customer.id)).toMatchObject({ id: customer.id, deleted: true })
    expect(await rejection(usdIntent({ customer: customer.id }))).toMatchObject({ statusCode: 400, code: "resource_missing" })
    const paid = await paidIntent()
    expect(await stripe.paymentMethods.retrieve(paid.payment_method as string)).toMatchObject({ card: { brand: "visa" } })
  })

  it("refunds part, then the rest, then refuses with charge_already_refunded", async () => {
    const paid = await paidIntent()
    const part = await stripe.refunds.create({ payment_intent: paid.id, amount: 500, metadata: { medusa_refund: "ref_1" } })
    expect(part).toMatchObject({
      object: "refund", amount: 500, currency: "usd", status: "succeeded", payment_intent: paid.id,
      charge: paid.latest_charge, metadata: { medusa_refund: "ref_1" }, balance_transaction: expect.stringMatching(/^txn_/),
    })
    expect(await stripe.balanceTransactions.retrieve(part.balance_transaction as string)).toMatchObject({
      type: "refund", amount: -500, fee: 0, net: -500, source: part.id,
    })
    expect(standIn.charge(paid.latest_charge as string)).toMatchObject({ amount_refunded: 500, refunded: false })

    const tooMuch = await rejection(stripe.refunds.create({ payment_intent: paid.id, amount: 1501 }))
    expect(tooMuch).toMatchObject({ statusCode: 400, code: "amount_too_large", param: "amount" })
    const rest = await stripe.refunds.create({ payment_intent: paid.id })
    expect(rest.amount).toBe(1500)
    const charge = standIn.charge(paid.latest_charge as string)
    expect(charge).toMatchObject({ amount_refunded: 2000, refunded: true, refunds: { object: "list", has_more: false } })
    expect(charge.refunds.data.map((r: Stripe.Refund) => r.id)).toEqual([rest.id, part.id])
    expect(await rejection(stripe.refunds.create({ payment_intent: paid.id, amount: 1 }))).toMatchObject({ code: "charge_already_refunded" })

    const unpaid = await usdIntent()
    expect(await rejection(stripe.refunds.create({ payment_intent: unpaid.id }))).toMatchObject({ statusCode: 400 })
  })

  it("lists dashboard and API refunds newest first, with expansions", async () => {
    const paid = await paidIntent(3000)
    const viaApi = await stripe.refunds.create({ payment_intent: paid.id, amount: 1000, metadata: { a: "1" } })
    const dashboard = standIn.refundFromDashboard(paid.id, 700)
    expect(dashboard).toMatchObject({ amount: 700, metadata: {}, status: "succeeded", balance_transaction: expect.stringMatching(/^txn_/) })
    expect(standIn.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(1) // the dashboard refund was not an API request

    const list = await stripe.refunds.list({ payment_intent: paid.id, expand: ["data.balance_transaction"] })
    expect(list).toMatchObject({ object: "list", has_more: false })
    expect(list.data.map((r) => [r.id, (r.balance_transaction as Stripe.BalanceTransaction).amount])).toEqual([
      [dashboard.id, -700],
      [viaApi.id, -1000],
    ])
    expect((await stripe.refunds.list({ payment_intent: paid.id, limit: 1 })).has_more).toBe(true)

    const intent = await stripe.paymentIntents.retrieve(paid.id, { expand: ["latest_charge.refunds"] })
    expect((intent.latest_charge as Stripe.Charge).refunds?.data).toHaveLength(2)
    const updated = await stripe.refunds.update(viaApi.id, { metadata: { b: "2" } })
    expect(updated.metadata).toEqual({ a: "1", b: "2" })
    expect(await stripe.refunds.retrieve(dashboard.id, { expand: ["balance_transaction"] })).toMatchObject({
      balance_transaction: { type: "refund", amount: -700 },
    })
  })

  it("answers Stripe-shaped errors for bad keys, unknown ids, bad params and unknown paths", async () => {
    const wrongKey = new Stripe("sk_test_wrong", { host: standIn.host, port: standIn.port, protocol: "http" })
    const unauthorised = await rejection(wrongKey.paymentIntents.retrieve("pi_x"))
    expect(unauthorised).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    expect(unauthorised).toMatchObject({ statusCode: 401, message: "Invalid API Key provided" })

    expect(await rejection(stripe.paymentIntents.retrieve("pi_missing"))).toMatchObject({ statusCode: 404, code: "resource_missing" })
    expect(await rejection(stripe.paymentIntents.create({ amount: 0, currency: "usd" }))).toMatchObject({ statusCode: 400, param: "amount" })
    expect(await rejection(stripe.paymentIntents.create({ amount: 100 } as any))).toMatchObject({ param: "currency" })
    const unknown = await fetch(`${standIn.url}/v1/nothing`, { headers: { authorization: `Bearer ${standIn.apiKey}` } })
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error).toMatchObject({ type: "invalid_request_error", code: "resource_missing" })
  })

  it("fails the next request to a path on demand", async () => {
    const noRetries = clientFor(standIn, { maxNetworkRetries: 0 })
    standIn.failNext("/v1/payment_intents", 500)
    expect(await rejection(noRetries.paymentIntents.create({ amount: 100, currency: "usd" }))).toBeInstanceOf(Stripe.errors.StripeAPIError)
    // The client retries a 500 once by default, with the same idempotency key; the retry goes through.
    standIn.failNext("/v1/payment_intents", 500)
    const pi = await stripe.paymentIntents.create({ amount: 100, currency: "usd" })
    const [failed, retried] = standIn.requests.slice(-2)
    expect(retried.idempotencyKey).toBe(failed.idempotencyKey)
    expect(standIn.intent(pi.id).amount).toBe(100)
  })

  it("signs webhook events that the client verifies, and rejects tampered ones", async () => {
    const paid = await paidIntent()
    await stripe.refunds.create({ payment_intent: paid.id, amount: 100 })
    const secret = "whsec_standin"

    const event = stripeEvent("payment_intent.succeeded", standIn.intent(paid.id))
    const { body, signature } = signedDelivery(event, secret)
    const verified = stripe.webhooks.constructEvent(body, signature, secret)
    expect(verified).toMatchObject({ id: event.id, object: "event", type: "payment_intent.succeeded", api_version: "2024-04-10", livemode: false })
    expect(verified.data.object).toMatchObject({ id: paid.id, status: "succeeded", amount_received: 2000, metadata: { session_id: "payses_1" } })
    expect(() => stripe.webhooks.constructEvent(body.replace("2000", "9000"), signature, secret)).toThrow(
      Stripe.errors.StripeSignatureVerificationError
    )
    expect(() => stripe.webhooks.constructEvent(body, signature, "whsec_other")).toThrow()

    const refunded = stripeEvent("charge.refunded", standIn.charge(paid.latest_charge as string), { id: "evt_1", created: 1700000000 })
    const delivery = signedDelivery(refunded, secret, Math.floor(Date.now() / 1000))
    expect(stripe.webhooks.constructEvent(delivery.body, delivery.signature, secret).data.object).toMatchObject({
      id: paid.latest_charge, payment_intent: paid.id, amount_refunded: 100, refunds: { data: [{ amount: 100 }] },
    })
    expect(refunded).toMatchObject({ id: "evt_1", created: 1700000000, pending_webhooks: 1 })
  })

  it("lets a browser with the publishable key confirm and read only the intent whose client secret it holds", async () => {
    const intent = await usdIntent()
    const call = (path: string, body: string, key = standIn.publishableKey) =>
      fetch(`${standIn.url}${path}`, {
        method: body ? "POST" : "GET",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/x-www-form-urlencoded" },
        body: body || undefined,
      })
    const secret = `client_secret=${encodeURIComponent(intent.client_secret!)}`
    expect((await call(`/v1/payment_intents/${intent.id}/confirm`, "payment_method=pm_card_visa&client_secret=wrong")).status).toBe(401)
    expect((await call("/v1/payment_intents", `amount=100&currency=usd&${secret}`)).status).toBe(401)
    const confirmed = await call(`/v1/payment_intents/${intent.id}/confirm`, `payment_method=pm_card_visa&${secret}`)
    expect(confirmed.status).toBe(200)
    expect(confirmed.headers.get("access-control-allow-origin")).toBe("*")
    expect((await confirmed.json()).status).toBe("succeeded")
    expect((await call(`/v1/payment_intents/${intent.id}?${secret}`, "")).status).toBe(200)
    expect((await fetch(`${standIn.url}/v1/payment_intents`, { method: "OPTIONS" })).status).toBe(204)
  })
})
