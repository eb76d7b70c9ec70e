/**
 * Server-side configuration, read from the environment.
 *
 * MEDUSA_BACKEND_URL      base URL of the Medusa backend (default http://localhost:9000)
 * MEDUSA_PUBLISHABLE_KEY  publishable API key of the storefront's sales channel (required)
 * STOREFRONT_URL          public URL of this storefront, used for canonical/OG URLs (default http://localhost:8000)
 *
 * None of these are NEXT_PUBLIC_*, so they never reach the browser bundle.
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
