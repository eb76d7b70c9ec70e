import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Not a subscriber (files starting with "_" are skipped by Medusa's loader): the one place that calls the
// storefront's POST /api/revalidate (docs/makers-api.md, "Cache revalidation"), for every subscriber that needs it.

const TIMEOUT_MS = 3000
let warnedNoSecret = false

/**
 * Tells the storefront to drop its cached pages for these tags. Runs after the request has been answered; a
 * storefront that is down or slow is logged (event name and status, never data) and otherwise ignored.
 * `tags` may be a function, so nothing is looked up when revalidation is off.
 */
export async function requestStorefrontRevalidation(
  container: Pick<MedusaContainer, "resolve">,
  eventName: string,
  tags: string[] | (() => Promise<string[]>)
): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Read at call time, not at load: tests point it at a stand-in, and a deploy may set it late. In compose the
  // storefront is reached on the internal network (STOREFRONT_REVALIDATE_URL), not through its public address.
  const storefrontUrl = (process.env.STOREFRONT_REVALIDATE_URL || process.env.STOREFRONT_URL || "http://localhost:8000").replace(
    /\/+$/,
    ""
  )
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) {
    if (!warnedNoSecret) logger.warn("Storefront caches are not revalidated after changes: REVALIDATE_SECRET is not set")
    warnedNoSecret = true
    return
  }

  try {
    const body = JSON.stringify({ tags: typeof tags === "function" ? await tags() : tags })
    const response = await fetch(`${storefrontUrl}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) logger.warn(`Storefront revalidation after ${eventName} answered ${response.status}`)
  } catch (error) {
    const cause = (error as { cause?: { code?: string } })?.cause?.code
    logger.warn(`Storefront revalidation after ${eventName} failed: ${(error as Error)?.name ?? "error"}${cause ? ` (${cause})` : ""}`)
  }
}

/** The cache tags of products whose stock changed: the lists, and each product's page. */
export function productRevalidationTags(handles: (string | null | undefined)[]): string[] {
  return ["products", ...[...new Set(handles.filter((handle): handle is string => Boolean(handle)))].map((handle) => `product:${handle}`)]
}
