import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MAKER_MODULE, type MakerModuleService } from "../modules/maker"
import { ALL_MAKER_EVENTS, type MakerEventData } from "../modules/maker/events"
import { requestStorefrontRevalidation } from "./_storefront-revalidation"

/** The cache tags of docs/makers-api.md ("Cache revalidation") that a change to these makers touches. */
export function revalidationTags(handles: string[]): string[] {
  return ["makers", ...[...new Set(handles.filter(Boolean))].map((handle) => `maker:${handle}`), "products"]
}

/**
 * Whenever a maker's public face changes, tells the storefront to drop its cached pages at once, so that a
 * hidden maker disappears within seconds.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<MakerEventData>) {
  await requestStorefrontRevalidation(container, event.name, async () => {
    let handles = Array.isArray(event.data?.handles) ? event.data.handles : []
    if (!handles.length && event.data?.id) {
      const [maker] = await container
        .resolve<MakerModuleService>(MAKER_MODULE)
        .listMakers({ id: event.data.id }, { select: ["handle"], take: 1 })
        .catch(() => [])
      if (maker) handles = [maker.handle]
    }
    return revalidationTags(handles)
  })
}

export const config: SubscriberConfig = {
  event: ALL_MAKER_EVENTS,
}
