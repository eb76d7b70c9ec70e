import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../modules/maker"
import { ALL_MAKER_EVENTS, type MakerEventData } from "../modules/maker/events"

const TIMEOUT_MS = 3000
let warnedNoSecret = false

/** The cache tags of docs/makers-api.md ("Cache revalidation") that a change to these makers touches. */
export function revalidationTags(handles: string[]): string[] {
  return ["makers", ...[...new Set(handles.filter(Boolean))].map((handle) => `maker:${handle}`), "products"]
}

/**
 * Whenever a maker's public face changes, tells the storefront to drop its cached pages at once, so that a
 * hidden maker disappears within seconds. Runs after the request has been answered; a storefront that is
 * down or slow is logged (event, status, never maker data) and otherwise ignored.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<MakerEventData>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Read at call time, not at load: tests point it at a stand-in, and a deploy may set it late.
  const storefrontUrl = (process.env.STOREFRONT_URL || "http://localhost:8000").replace(/\/+$/, "")
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) {
    if (!warnedNoSecret) logger.warn("Storefront caches are not revalidated after maker changes: REVALIDATE_SECRET is not set")
    warnedNoSecret = true
    return
  }

  let handles = Array.isArray(event.data?.handles) ? event.data.handles : []
  if (!handles.length && event.data?.id) {
    const [maker] = await container
      .resolve<MakerModuleService>(MAKER_MODULE)
      .listMakers({ id: event.data.id }, { select: ["handle"], take: 1 })
      .catch(() => [])
    if (maker) handles = [maker.handle]
  }

  try {
    const response = await fetch(`${storefrontUrl}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags: revalidationTags(handles) }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) logger.warn(`Storefront revalidation after ${event.name} answered ${response.status}`)
  } catch (error) {
    const cause = (error as { cause?: { code?: string } })?.cause?.code
    logger.warn(`Storefront revalidation after ${event.name} failed: ${(error as Error)?.name ?? "error"}${cause ? ` (${cause})` : ""}`)
  }
}

export const config: SubscriberConfig = {
  event: ALL_MAKER_EVENTS,
}
