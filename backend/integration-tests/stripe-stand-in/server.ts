/**
 * STRIPE STAND-IN, FOR TESTS ONLY. This is not Stripe: it is a small local HTTP server that answers the few Stripe
 * API endpoints our store uses, with Stripe-shaped objects and errors, so that the official `stripe` client (and
 * Medusa's Stripe payment provider through it) can be tested without the internet. Point a client at it with
 *   new Stripe(standIn.apiKey, { host: standIn.host, port: standIn.port, protocol: standIn.protocol })
 *
 * Endpoints (form-encoded bracket-notation bodies, `expand[]`, `Idempotency-Key` on POSTs):
 *   POST /v1/payment_intents, GET|POST /v1/payment_intents/:id, POST /v1/payment_intents/:id/confirm|capture|cancel
 *   POST /v1/refunds, GET /v1/refunds (?payment_intent ?charge ?limit), GET|POST /v1/refunds/:id
 *   GET /v1/charges/:id, GET /v1/balance_transactions/:id, GET /v1/payment_methods/:id
 *   POST /v1/customers, GET|POST|DELETE /v1/customers/:id (Medusa creates a customer for a logged-in buyer)
 * Test payment methods: pm_card_visa and pm_card_mastercard succeed; pm_card_chargeDeclined and
 * pm_card_chargeDeclinedInsufficientFunds are declined (HTTP 402 card_error). See README.md next to this file.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { randomBytes } from "node:crypto"

type Obj = Record<string, any>
export type RecordedRequest = { method: string; path: string; body: Obj; idempotencyKey?: string }
/** Stripe's fee on a captured charge, both in the currency's smallest unit as Stripe counts it. */
export type FeeFunction = (amount: number, currency: string) => number

export interface StripeStandIn {
  url: string // e.g. "http://127.0.0.1:43123"
  host: string
  port: number
  protocol: "http"
  /** The only secret key accepted. */
  apiKey: string
  /** The publishable key: like Stripe.js, it may only confirm or read an intent whose client_secret it sends. */
  publishableKey: string
  /** Every request received, in order, with its body (or query string) decoded. */
  requests: RecordedRequest[]
  /** The PaymentIntent's current state, unexpanded (as `GET /v1/payment_intents/:id` returns it). */
  intent(id: string): Obj
  /** The Charge's current state, with its `refunds` list (as a `charge.refunded` event carries it). */
  charge(id: string): Obj
  /** A refund made "in Stripe's dashboard": no API request, no metadata, succeeded, with its balance transaction. */
  refundFromDashboard(paymentIntentId: string, amount?: number): Obj
  /** Makes the next request to `path` (e.g. "/v1/refunds") fail; each call queues one failure. */
  failNext(path: string, status: number, error?: Obj): void
  reset(): void
  close(): Promise<void>
}

/** 2.9% + a fixed part: USD 0.30, or Rp 2.000 for IDR (which Stripe counts in hundredths). */
export const defaultStripeFee: FeeFunction = (amount, currency) =>
  Math.round(amount * 0.029) + (currency === "idr" ? 200_000 : 30)

type TestCard = { brand: string; last4: string; decline?: [code: string, message: string] }
export const TEST_CARDS: Record<string, TestCard> = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", decline: ["generic_decline", "Your card was declined."] },
  pm_card_chargeDeclinedInsufficientFunds:
    { brand: "visa", last4: "9995", decline: ["insufficient_funds", "Your card has insufficient funds."] },
}

const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]
const CANCELABLE = [...CONFIRMABLE, "requires_capture", "processing"]
const EXPANDABLE = ["latest_charge", "payment_method", "customer", "balance_transaction", "charge", "payment_intent"]
const KIND: Obj = {
  pi: "payment_intent", ch: "charge", re: "refund", txn: "balance_transaction", pm: "payment_method", cus: "customer",
}

/** Answered as `{ error }` with `status`. `saved: false`: rejected before acting, so not kept for idempotency. */
class StandInError extends Error {
  constructor(public status: number, public error: Obj, public saved = true) {
    super(error.message)
  }
}
const fail = (status: number, message: string, extra: Obj = {}, saved = true) =>
  new StandInError(status, { type: "invalid_request_error", message, ...extra }, saved)
const invalid = (message: string, param?: string, code?: string) => fail(400, message, { param, code }, false)

/** Decodes `a[b][0]=x&c[]=y` (the client's `qs` encoding) into nested objects and arrays; values stay strings. */
export function decodeForm(text: string): Obj {
  const out: Obj = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const parts = key.replace(/\]/g, "").split("[")
    if (parts.some((p) => ["__proto__", "constructor", "prototype"].includes(p))) continue
    let node: any = out
    parts.forEach((part, i) => {
      if (part === "" && Array.isArray(node)) part = String(node.length)
      if (i === parts.length - 1) node[part] = value
      else node = node[part] ??= /^\d*$/.test(parts[i + 1]) ? [] : {}
    })
  }
  return out
}

const now = () => Math.floor(Date.now() / 1000)
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`
const clone = <T>(value: T): T => structuredClone(value)
const listOf = (data: Obj[], url: string, has_more = false) => ({ object: "list", data, has_more, url })

/** A positive integer param (form values arrive as strings). */
function integer(value: unknown, param: string, required = false): number | undefined {
  if (value === undefined || value === "") {
    if (required) throw invalid(`Missing required param: ${param}.`, param, "parameter_missing")
    return undefined
  }
  if (typeof value !== "string" || !/^\d+$/.test(value))
    throw invalid(`Invalid integer: ${value}`, param, "parameter_invalid_integer")
  if (Number(value) < 1) throw invalid(`${param} must be at least 1.`, param, "amount_too_small")
  return Number(value)
}

/** Stripe's metadata semantics: keys merge, a key set to "" is removed, `metadata=` clears everything. */
function mergeMetadata(current: Obj, update: unknown): Obj {
  if (update === undefined) return current
  if (update === "") return {}
  if (typeof update !== "object" || update === null) throw invalid("Invalid object", "metadata")
  const next = { ...current }
  for (const [k, v] of Object.entries(update)) v === "" ? delete next[k] : (next[k] = String(v))
  return next
}

export async function startStripeStandIn(
  options: { port?: number; apiKey?: string; publishableKey?: string; fees?: FeeFunction } = {}
): Promise<StripeStandIn> {
  const apiKey = options.apiKey ?? "sk_test_standin"
  const publishableKey = options.publishableKey ?? "pk_test_standin"
  const fee = options.fees ?? defaultStripeFee
  const objects = new Map<string, Obj>() // every object by id; references between them are ids, as in Stripe
  const cards = new Map<string, TestCard>() // PaymentMethod id -> the test card it was made from
  const refundOrder: string[] = [] // refund ids, oldest first
  const idempotent = new Map<string, { method: string; path: string; params: string; status: number; payload: Obj }>()
  const failures: { path: string; status: number; error: Obj }[] = []
  const requests: RecordedRequest[] = []

  const put = (o: Obj) => (objects.set(o.id, o), o)
  const make = (prefix: string, fields: Obj) =>
    put({ id: newId(prefix), object: KIND[prefix], created: now(), livemode: false, ...fields })
  function find(id: unknown, kind: string, param = "id", status = 404): Obj {
    const found = typeof id === "string" ? objects.get(id) : undefined
    if (found?.object === kind && !found.deleted) return found
    throw fail(status, `No such ${kind}: '${id}'`, { code: "resource_missing", param }, false)
  }
  const refundsOf = (chargeId: string) => refundOrder.map((id) => objects.get(id)!).filter((r) => r.charge === chargeId)

  /** Applies one `expand` path such as "latest_charge.balance_transaction" or "data.balance_transaction". */
  function expand(value: any, path: string[]): any {
    if (!path.length || value == null || typeof value !== "object") return value
    const [head, ...rest] = path
    if (value.object === "list" && head === "data")
      return { ...value, data: value.data.map((v: Obj) => expand(v, rest)) }
    let field = value[head]
    if (head === "refunds" && value.object === "charge")
      field = listOf(refundsOf(value.id).reverse(), `/v1/charges/${value.id}/refunds`)
    else if (!EXPANDABLE.includes(head) || !(head in value))
      throw invalid(`This property cannot be expanded (${head}).`, "expand")
    if (typeof field === "string" && objects.has(field)) field = clone(objects.get(field))
    return { ...value, [head]: expand(field, rest) }
  }
  function render(o: Obj, body: Obj = {}) {
    const paths = ([] as unknown[]).concat(body.expand ?? [])
    if (paths.some((p) => typeof p !== "string")) throw invalid("Invalid array", "expand")
    return (paths as string[]).reduce((acc, p) => expand(acc, p.split(".")), clone(o))
  }

  const balanceTransaction = (type: "charge" | "refund", amount: number, currency: string, source: string, fees = 0) =>
    make("txn", {
      amount, available_on: now(), currency, description: null, exchange_rate: null, fee: fees,
      fee_details: fees ? [{ amount: fees, currency, type: "stripe_fee", description: "Stripe processing fees" }] : [],
      net: amount - fees, reporting_category: type, source, status: "available", type,
    })

  const unexpectedState = (pi: Obj, message: string) =>
    fail(400, message, { code: "payment_intent_unexpected_state", payment_intent: clone(pi) })

  /** A test token (pm_card_visa…) becomes a new PaymentMethod, as in Stripe; an existing pm_… id is reused. */
  function paymentMethod(idOrToken: unknown): Obj {
    const card = typeof idOrToken === "string" ? TEST_CARDS[idOrToken] : undefined
    if (!card) return find(idOrToken, "payment_method", "payment_method", 400)
    const pm = make("pm", {
      type: "card", customer: null, metadata: {}, billing_details: { address: null, email: null, name: null },
      card: { brand: card.brand, last4: card.last4, exp_month: 12, exp_year: 2034, funding: "credit", country: "US" },
    })
    cards.set(pm.id, card)
    return pm
  }

  function capture(pi: Obj, charge: Obj, amount: number) {
    const txn = balanceTransaction("charge", amount, charge.currency, charge.id, fee(amount, charge.currency))
    Object.assign(charge, { captured: true, amount_captured: amount, balance_transaction: txn.id })
    Object.assign(pi, { status: "succeeded", amount_received: amount, amount_capturable: 0 })
  }

  function confirm(pi: Obj, pmParam: unknown) {
    if (!CONFIRMABLE.includes(pi.status))
      throw unexpectedState(pi, `You cannot confirm this PaymentIntent because it has a status of ${pi.status}.`)
    if (!pmParam && !pi.payment_method)
      throw invalid("You cannot confirm this PaymentIntent because it's missing a payment method.", "payment_method")
    const pm = paymentMethod(pmParam || pi.payment_method)
    const card = cards.get(pm.id)!
    if (card.decline) {
      const [decline_code, message] = card.decline
      const error = { type: "card_error", code: "card_declined", decline_code, message }
      Object.assign(pi, { status: "requires_payment_method", payment_method: null, last_payment_error: error })
      throw new StandInError(402, { ...error, payment_intent: clone(pi) })
    }
    const charge = make("ch", {
      amount: pi.amount, amount_captured: 0, amount_refunded: 0, balance_transaction: null, captured: false,
      currency: pi.currency, customer: pi.customer, description: pi.description, metadata: { ...pi.metadata },
      paid: true, payment_intent: pi.id, payment_method: pm.id, refunded: false, status: "succeeded",
      payment_method_details: { type: "card", card: { brand: card.brand, last4: card.last4 } },
    })
    Object.assign(pi, { payment_method: pm.id, latest_charge: charge.id, last_payment_error: null })
    if (pi.capture_method === "manual") Object.assign(pi, { status: "requires_capture", amount_capturable: pi.amount })
    else capture(pi, charge, pi.amount)
  }

  function refund(body: Obj): Obj {
    let charge: Obj | undefined
    if (body.charge) charge = find(body.charge, "charge", "charge", 400)
    else if (body.payment_intent) {
      const pi = find(body.payment_intent, "payment_intent", "payment_intent", 400)
      charge = pi.latest_charge && objects.get(pi.latest_charge)
      const message = `This PaymentIntent (${pi.id}) does not have a successful charge to refund.`
      if (!charge?.captured) throw fail(400, message, { param: "payment_intent" })
    } else throw invalid("One of the following params should be provided: payment_intent, charge.", "payment_intent")
    if (!charge.captured) throw fail(400, `Charge ${charge.id} has not been captured; it cannot be refunded.`)
    const remaining = charge.amount_captured - charge.amount_refunded
    const refunded = { code: "charge_already_refunded", charge: charge.id }
    if (remaining <= 0) throw fail(400, `Charge ${charge.id} has already been refunded.`, refunded)
    const amount = integer(body.amount, "amount") ?? remaining
    if (amount > remaining) {
      const message = `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`
      throw fail(400, message, { code: "amount_too_large", param: "amount" })
    }
    const re = make("re", {
      amount, balance_transaction: null, charge: charge.id, currency: charge.currency,
      metadata: mergeMetadata({}, body.metadata), payment_intent: charge.payment_intent, reason: body.reason || null,
      receipt_number: null, status: "succeeded",
    })
    re.balance_transaction = balanceTransaction("refund", -amount, charge.currency, re.id).id
    refundOrder.push(re.id)
    charge.amount_refunded += amount
    charge.refunded = charge.amount_refunded >= charge.amount_captured
    return re
  }

  function createIntent(b: Obj): Obj {
    const amount = integer(b.amount, "amount", true)
    if (!b.currency) throw invalid("Missing required param: currency.", "currency", "parameter_missing")
    if (!/^[a-z]{3}$/i.test(b.currency)) throw invalid(`Invalid currency: ${b.currency}`, "currency")
    const captureMethod = b.capture_method ?? "automatic"
    if (!["automatic", "automatic_async", "manual"].includes(captureMethod))
      throw invalid(`Invalid capture_method: ${captureMethod}`, "capture_method")
    if (b.customer) find(b.customer, "customer", "customer", 400)
    const id = newId("pi")
    const pi = put({
      id, object: "payment_intent", amount, amount_capturable: 0, amount_received: 0, canceled_at: null,
      cancellation_reason: null, capture_method: captureMethod, client_secret: `${id}_secret_${newId("s").slice(2)}`,
      confirmation_method: "automatic", created: now(), currency: b.currency.toLowerCase(), customer: b.customer || null,
      description: b.description || null, last_payment_error: null, latest_charge: null, livemode: false,
      metadata: mergeMetadata({}, b.metadata), next_action: null, payment_method: null,
      payment_method_types: b.payment_method_types ?? ["card"], setup_future_usage: b.setup_future_usage || null,
      status: "requires_payment_method",
    })
    if (b.confirm === "true") confirm(pi, b.payment_method)
    else if (b.payment_method)
      Object.assign(pi, { payment_method: paymentMethod(b.payment_method).id, status: "requires_confirmation" })
    return pi
  }

  const intent = (id: string) => find(id, "payment_intent")
  type Route = [method: string, pattern: RegExp, handler: (id: string, body: Obj) => Obj]
  const routes: Route[] = [
    ["POST", /^\/v1\/payment_intents$/, (_, b) => createIntent(b)],
    ["GET", /^\/v1\/payment_intents\/([^/]+)$/, intent],
    ["POST", /^\/v1\/payment_intents\/([^/]+)$/, (id, b) => {
      const pi = intent(id)
      if (b.amount !== undefined && !CONFIRMABLE.includes(pi.status)) // metadata and description may change any time
        throw unexpectedState(pi, `The amount of a PaymentIntent with a status of ${pi.status} cannot be updated.`)
      if (b.amount !== undefined) pi.amount = integer(b.amount, "amount", true)
      if (b.description !== undefined) pi.description = b.description || null
      pi.metadata = mergeMetadata(pi.metadata, b.metadata)
      return pi
    }],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/confirm$/, (id, b) => {
      confirm(intent(id), b.payment_method)
      return intent(id)
    }],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/capture$/, (id, b) => {
      const pi = intent(id)
      if (pi.status !== "requires_capture") {
        const message = `This PaymentIntent could not be captured because it has a status of ${pi.status}.`
        throw unexpectedState(pi, `${message} Only a PaymentIntent with a status of requires_capture may be captured.`)
      }
      const amount = integer(b.amount_to_capture, "amount_to_capture") ?? pi.amount_capturable
      if (amount > pi.amount_capturable)
        throw invalid(`amount_to_capture is greater than amount_capturable.`, "amount_to_capture", "amount_too_large")
      capture(pi, objects.get(pi.latest_charge)!, amount)
      return pi
    }],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/cancel$/, (id, b) => {
      const pi = intent(id)
      if (!CANCELABLE.includes(pi.status))
        throw unexpectedState(pi, `You cannot cancel this PaymentIntent because it has a status of ${pi.status}.`)
      const charge = pi.latest_charge && objects.get(pi.latest_charge)
      if (charge && !charge.captured) Object.assign(charge, { amount_refunded: charge.amount, refunded: true })
      const canceled = { status: "canceled", canceled_at: now(), cancellation_reason: b.cancellation_reason || null }
      return Object.assign(pi, canceled, { amount_capturable: 0 })
    }],
    ["POST", /^\/v1\/refunds$/, (_, b) => refund(b)],
    ["GET", /^\/v1\/refunds$/, (_, b) => {
      const limit = Math.min(integer(b.limit, "limit") ?? 10, 100)
      const matching = refundOrder.map((id) => objects.get(id)!).reverse()
        .filter((r) => !b.payment_intent || r.payment_intent === b.payment_intent)
        .filter((r) => !b.charge || r.charge === b.charge)
      return listOf(matching.slice(0, limit), "/v1/refunds", matching.length > limit)
    }],
    ["GET", /^\/v1\/refunds\/([^/]+)$/, (id) => find(id, "refund")],
    ["POST", /^\/v1\/refunds\/([^/]+)$/, (id, b) => {
      const re = find(id, "refund")
      return Object.assign(re, { metadata: mergeMetadata(re.metadata, b.metadata) })
    }],
    ["GET", /^\/v1\/charges\/([^/]+)$/, (id) => find(id, "charge")],
    ["GET", /^\/v1\/balance_transactions\/([^/]+)$/, (id) => find(id, "balance_transaction")],
    ["GET", /^\/v1\/payment_methods\/([^/]+)$/, (id) => find(id, "payment_method")],
    ["POST", /^\/v1\/customers$/, (_id, { expand: _, metadata, ...fields }) => {
      return make("cus", { email: null, name: null, phone: null, ...fields, metadata: mergeMetadata({}, metadata) })
    }],
    ["GET", /^\/v1\/customers\/([^/]+)$/, (id) => find(id, "customer")],
    ["POST", /^\/v1\/customers\/([^/]+)$/, (id, { expand: _, metadata, ...fields }) => {
      const customer = find(id, "customer")
      return Object.assign(customer, fields, { metadata: mergeMetadata(customer.metadata, metadata) })
    }],
    ["DELETE", /^\/v1\/customers\/([^/]+)$/, (id) => {
      find(id, "customer").deleted = true
      return { id, object: "customer", deleted: true }
    }],
  ]

  /** Runs one request: [status, payload, keep for idempotency]. Never throws. */
  function handle(method: string, path: string, body: Obj): [number, Obj, boolean] {
    const route = routes.find(([m, pattern]) => m === method && pattern.test(path))
    if (!route) {
      const message = `Unrecognized request URL (${method}: ${path}). (Stripe stand-in for tests: see its README.)`
      return [404, { error: { type: "invalid_request_error", code: "resource_missing", message } }, false]
    }
    try {
      const id = decodeURIComponent(route[1].exec(path)![1] ?? "")
      return [200, render(route[2](id, body), body), true]
    } catch (e) {
      if (e instanceof StandInError) return [e.status, { error: e.error }, e.saved]
      return [500, { error: { type: "api_error", message: `Stripe stand-in failed: ${(e as Error).message}` } }, false]
    }
  }

  /** Stripe.js in a browser: the publishable key plus the intent's client secret, to confirm or read that intent. */
  function browserMayCall(method: string, path: string, body: Obj, authorization: string | undefined): boolean {
    const match = /^\/v1\/payment_intents\/([^/]+)(\/confirm)?$/.exec(path)
    if (authorization !== `Bearer ${publishableKey}` || !match || (method === "POST") !== Boolean(match[2])) return false
    const allowed = objects.get(decodeURIComponent(match[1]))?.client_secret === body.client_secret
    delete body.client_secret
    return allowed
  }

  function respond(method: string, path: string, body: Obj, headers: http.IncomingHttpHeaders): [number, Obj, Obj?] {
    const idempotencyKey = headers["idempotency-key"] as string | undefined
    requests.push({ method, path, body, ...(idempotencyKey ? { idempotencyKey } : {}) })
    if (headers.authorization !== `Bearer ${apiKey}` && !browserMayCall(method, path, body, headers.authorization))
      return [401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } }]
    const failure = failures.findIndex((f) => f.path === path)
    if (failure >= 0) {
      const [{ status, error }] = failures.splice(failure, 1)
      return [status, { error }]
    }
    if (method !== "POST" || !idempotencyKey) return handle(method, path, body).slice(0, 2) as [number, Obj]
    const params = JSON.stringify(body)
    const stored = idempotent.get(idempotencyKey)
    if (stored && (stored.method !== method || stored.path !== path || stored.params !== params)) {
      const message =
        "Keys for idempotent requests can only be used with the same parameters they were first used with. " +
        `Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`
      return [400, { error: { type: "idempotency_error", message } }]
    }
    if (stored) return [stored.status, stored.payload, { "idempotency-key": idempotencyKey, "idempotent-replayed": true }]
    const [status, payload, saved] = handle(method, path, body)
    if (saved) idempotent.set(idempotencyKey, { method, path, params, status, payload })
    return [status, payload, { "idempotency-key": idempotencyKey }]
  }

  // Browsers (the Stripe.js stand-in in end-to-end tests) call it from the storefront's origin.
  const cors = { "access-control-allow-origin": "*" }
  const server = http.createServer((req, res) => {
    if (req.method === "OPTIONS") {
      res.writeHead(204, { ...cors, "access-control-allow-methods": "GET, POST",
        "access-control-allow-headers": "authorization, content-type, stripe-version" })
      return void res.end()
    }
    let text = ""
    req.setEncoding("utf8")
    req.on("data", (chunk) => (text += chunk))
    req.on("end", () => {
      let reply: [number, Obj, Obj?]
      try {
        const url = new URL(req.url ?? "/", "http://stand-in")
        const body = { ...decodeForm(url.search.slice(1)), ...decodeForm(text) }
        reply = respond(req.method ?? "GET", url.pathname, body, req.headers)
      } catch (e) {
        reply = [500, { error: { type: "api_error", message: `Stripe stand-in failed: ${(e as Error).message}` } }]
      }
      const [status, payload, headers] = reply
      const version = req.headers["stripe-version"] ?? "2024-04-10"
      res.writeHead(status, { ...cors, "content-type": "application/json", "request-id": newId("req"), "stripe-version": version,
        ...headers })
      res.end(JSON.stringify(payload))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve())
  })
  const port = (server.address() as AddressInfo).port

  /** Runs an operation for a test outside HTTP; a Stripe error becomes an Error carrying `stripeError`. */
  function direct<T>(run: () => T): T {
    try {
      return run()
    } catch (e) {
      throw e instanceof StandInError ? Object.assign(new Error(e.message), { stripeError: e.error }) : e
    }
  }

  return {
    url: `http://127.0.0.1:${port}`, host: "127.0.0.1", port, protocol: "http", apiKey, publishableKey, requests,
    intent: (id) => direct(() => render(intent(id))),
    charge: (id) => direct(() => render(find(id, "charge"), { expand: ["refunds"] })),
    refundFromDashboard: (paymentIntentId, amount) =>
      direct(() => render(refund({ payment_intent: paymentIntentId, amount: amount && `${amount}` }))),
    failNext: (path, status, error = { type: "api_error", message: "An unknown error occurred (stand-in)." }) => {
      failures.push({ path, status, error })
    },
    reset: () => {
      for (const store of [objects, cards, idempotent]) store.clear()
      refundOrder.length = failures.length = requests.length = 0
    },
    close: () => new Promise<void>((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()))
      server.closeAllConnections() // the client keeps connections alive
    }),
  }
}
