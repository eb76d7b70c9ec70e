import Stripe from "stripe"

export type StripeConnection = {
  apiKey: string
  /**
   * Where Stripe's API is, when it is not api.stripe.com: the tests point it at a local stand-in
   * (integration-tests/stripe-stand-in). Leave unset in production.
   */
  apiBase?: string
}

/** The one way the backend builds a Stripe client: the payment provider and the card-payments module share it. */
export function createStripeClient({ apiKey, apiBase }: StripeConnection): Stripe {
  const config: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 20_000 }
  if (apiBase) {
    const url = new URL(apiBase)
    config.protocol = url.protocol === "http:" ? "http" : "https"
    config.host = url.hostname
    config.port = url.port || (url.protocol === "http:" ? 80 : 443)
  }
  return new Stripe(apiKey, config)
}
