import type Stripe from "stripe"

/** The PaymentIntent an event is about: the intent itself, or the intent of a charge or refund. */
export function paymentIntentOf(event: Stripe.Event): string | null {
  const object = event.data.object as { object?: string; id?: string; payment_intent?: string | { id: string } | null }
  if (object.object === "payment_intent") return object.id ?? null
  const intent = object.payment_intent
  if (!intent) return null
  return typeof intent === "string" ? intent : intent.id
}
