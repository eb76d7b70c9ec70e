import { revalidateTag } from "next/cache"
import { SECRET_HEADER, decideRevalidation } from "@/lib/revalidate"

const NO_STORE = { "cache-control": "no-store" }

/**
 * POST /api/revalidate — the backend expires cached pages and data by tag when a maker's public face
 * changes (docs/makers-api.md, "Cache revalidation").
 *
 * `revalidateTag(tag, { expire: 0 })`: in Next 16, `revalidateTag(tag, "max")` only marks entries stale
 * (the next visitor still gets the old page while it re-renders in the background), and `updateTag` is
 * for Server Actions only. An expire time of 0 expires the tag at once, so the next request for any
 * fetch — and any ISR page rendered from a fetch — carrying the tag is a blocking cache miss: a hidden
 * maker is gone from the very next response.
 */
export async function POST(request: Request) {
  const decision = await decideRevalidation(
    request.headers.get(SECRET_HEADER),
    process.env.REVALIDATE_SECRET,
    () => request.text(),
    request.headers.get("content-length")
  )
  if (decision.status !== 200) {
    return Response.json({ message: decision.message }, { status: decision.status, headers: NO_STORE })
  }
  for (const tag of decision.tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: decision.tags }, { headers: NO_STORE })
}
