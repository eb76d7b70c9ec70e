/**
 * Stripe-shaped webhook events for tests, signed the way Stripe signs deliveries (the `Stripe-Signature` header),
 * so that `stripe.webhooks.constructEvent(body, signature, secret)` accepts them. Not Stripe: a test helper.
 * Build the object from the stand-in's current state, e.g. `stripeEvent("payment_intent.succeeded", standIn.intent(id))`
 * or `stripeEvent("charge.refunded", standIn.charge(chargeId))`.
 */
import { randomBytes } from "node:crypto"
import Stripe from "stripe"

export const STRIPE_API_VERSION = "2024-04-10"

export type StripeEventJson = {
  id: string
  object: "event"
  api_version: string
  created: number
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
  data: { object: Record<string, any> }
}

export function stripeEvent(type: string, object: object, overrides: { id?: string; created?: number } = {}): StripeEventJson {
  return {
    id: overrides.id ?? `evt_${randomBytes(12).toString("hex")}`,
    object: "event",
    api_version: STRIPE_API_VERSION,
    created: overrides.created ?? Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: structuredClone(object) as Record<string, any> },
  }
}

/**
 * The raw body and `Stripe-Signature` header value of a webhook delivery. Send `body` byte for byte (the
 * signature covers the exact text). `timestamp` is in seconds; Stripe's default tolerance is 300 s.
 */
export function signedDelivery(event: object | string, secret: string, timestamp?: number): { body: string; signature: string } {
  const body = typeof event === "string" ? event : JSON.stringify(event, null, 2)
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp }) }
}
