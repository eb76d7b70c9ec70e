/** Registered with id "stripe", Medusa names the provider pp_<identifier>_<id>. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

export type StripeCardOptions = {
  apiKey: string
  webhookSecret: string
  /** See lib/stripe/client.ts: only the tests set it. */
  apiBase?: string
  paymentDescription?: string
}
