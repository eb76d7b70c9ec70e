import { NextResponse, type NextRequest } from "next/server"
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config"
import { productPath } from "@/lib/i18n/paths"
import { MAX_QUERY_LENGTH, searchSuggestions } from "@/lib/medusa/search"

/**
 * GET ?q=<typed so far>&locale=id|en → { suggestions: [{ title, href }] } for the header's search box.
 * The browser never talks to the backend (the publishable key stays on the server); a failing backend
 * answers no suggestions, as the search form works without them.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const q = (params.get("q") ?? "").trim()
  if (q.length > MAX_QUERY_LENGTH) {
    return NextResponse.json({ message: `q must be at most ${MAX_QUERY_LENGTH} characters` }, { status: 400 })
  }
  const requested = params.get("locale")
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
  const suggestions = (await searchSuggestions(q)).map((s) => ({ title: s.title, href: productPath(locale, s.handle) }))
  return NextResponse.json(
    { suggestions },
    // Public catalogue data: the same words may be asked again while typing and erasing.
    { headers: { "cache-control": "public, max-age=60" } }
  )
}
