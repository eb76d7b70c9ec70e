/**
 * Server-side configuration, read from the environment.
 *
 * MEDUSA_BACKEND_URL      base URL of the Medusa backend (default http://localhost:9000)
 * MEDUSA_PUBLISHABLE_KEY  publishable API key of the storefront's sales channel (required)
 * STOREFRONT_URL          public URL of this storefront, used for canonical/OG URLs (default http://localhost:8000)
 * STRIPE_PUBLISHABLE_KEY  Stripe's publishable key (pk_…); unset → no card payment. Read at request time and
 *                         handed to the checkout page, so one build serves stores with and without Stripe.
 *
 * None of these are NEXT_PUBLIC_*, so they never reach the browser bundle (the Stripe key only as a prop of
 * the checkout, where it must).
 */

export const DEFAULT_BACKEND_URL = "http://localhost:9000"
export const DEFAULT_STOREFRONT_URL = "http://localhost:8000"

function normaliseUrl(name: string, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name} is not a valid URL: "${value}"`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${name} must be an http(s) URL, got "${value}"`)
  }
  return url.toString().replace(/\/+$/, "")
}

export function getBackendUrl(): string {
  return normaliseUrl("MEDUSA_BACKEND_URL", process.env.MEDUSA_BACKEND_URL?.trim() || DEFAULT_BACKEND_URL)
}

export function getPublishableKey(): string {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY?.trim()
  if (!key) {
    throw new Error(
      "MEDUSA_PUBLISHABLE_KEY is not set. The storefront needs the publishable API key of its sales channel " +
        "(Medusa Admin → Settings → Publishable API Keys) in the environment, e.g. MEDUSA_PUBLISHABLE_KEY=pk_… next build"
    )
  }
  return key
}

export function getStorefrontUrl(): string {
  return normaliseUrl("STOREFRONT_URL", process.env.STOREFRONT_URL?.trim() || DEFAULT_STOREFRONT_URL)
}

/**
 * Stripe's publishable key, or null when card payment is off. Only a publishable key (pk_…) is ever returned:
 * the value is sent to the browser, so a secret key (sk_…, rk_…) set here by mistake is refused, not leaked.
 */
export function getStripePublishableKey(): string | null {
  const key = process.env.STRIPE_PUBLISHABLE_KEY?.trim()
  if (!key) return null
  if (!/^pk_(test|live)_[A-Za-z0-9]+$/.test(key)) {
    console.error("STRIPE_PUBLISHABLE_KEY is not a Stripe publishable key (pk_test_… or pk_live_…): card payment is off")
    return null
  }
  return key
}
