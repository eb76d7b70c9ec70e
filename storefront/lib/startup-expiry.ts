/**
 * Expires, at server start, everything cached under the tags that carry maker data.
 *
 * Why: Next keeps the record of expired tags in memory only. A maker hidden while this server was down
 * (the backend's call to /api/revalidate then fails) or shortly before a restart would otherwise come back
 * from the on-disk caches — prerendered pages, ISR pages and fetch responses made before she was hidden —
 * for up to REVALIDATE_SECONDS, and after that once more as a stale page. Every fetch that can hold a
 * maker's name, story or photo carries "makers" or "products", so marking those two tags expired as of
 * now makes each cached entry made before this start a cache miss; entries made afterwards are unaffected.
 * The cost is one fresh render per page after a restart.
 *
 * Next exposes no API for this outside a request, so this sets Next's own tag manifest (the module its
 * file-system cache reads, `tags-manifest.external`, which Next keeps as one shared instance). It is
 * loaded at run time through Node's require from Next's installation, the same file the server loaded.
 */
import { createRequire } from "node:module"
import path from "node:path"

export const TAGS_EXPIRED_AT_START = ["makers", "products"] as const

type TagsManifest = Map<string, { stale?: number; expired?: number }>

const MANIFEST_MODULE = "next/dist/server/lib/incremental-cache/tags-manifest.external.js"

/** Marks `tags` expired as of `now` in a tag manifest (pure; exported for the unit test). */
export function expireTags(manifest: TagsManifest, tags: readonly string[], now: number): void {
  for (const tag of tags) manifest.set(tag, { ...manifest.get(tag), expired: now })
}

export function expireMakerDataCachedBeforeStart(now = Date.now()): boolean {
  try {
    const load = createRequire(path.join(process.cwd(), "package.json"))
    const moduleId = MANIFEST_MODULE // a variable: the bundler must leave this require to Node
    const { tagsManifest } = load(moduleId) as { tagsManifest?: unknown }
    if (!(tagsManifest instanceof Map)) throw new Error("tagsManifest is not a Map")
    expireTags(tagsManifest as TagsManifest, TAGS_EXPIRED_AT_START, now)
    return true
  } catch (error) {
    // Loud, not fatal: pages still work, but data cached before this start may show for up to 5 minutes.
    console.error(
      `[storefront] Could not expire maker data cached before this start (${(error as Error).message}). ` +
        "Check lib/startup-expiry.ts against this Next.js version."
    )
    return false
  }
}
