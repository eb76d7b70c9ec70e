import { NextResponse, type NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config"
import { CURRENCY_COOKIE, defaultCurrency, isCurrency } from "@/lib/i18n/market"
import { isPortalPath } from "@/lib/i18n/paths"

/**
 * Maps public URLs onto the app's /<locale>/<currency>/… routes with a rewrite, never a redirect:
 *   /products/x      → /id/<currency>/products/x
 *   /en/products/x   → /en/<currency>/products/x
 * The currency is the buyer's choice (cookie) or the language's default. Each combination is its own
 * cached page, so public pages stay static while showing the buyer's prices.
 * An explicit /id/… prefix is redirected to the unprefixed URL: one address per page.
 * The makers' portal has no prices, so no currency: /maker/login → /id/maker/login, /en/maker → /en/maker.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const segments = pathname.split("/")
  const first = segments[1]

  if (first === DEFAULT_LOCALE) {
    const rest = segments.slice(2).join("/")
    return NextResponse.redirect(new URL(`/${rest}${search}`, request.url), 308)
  }

  const locale: Locale = isLocale(first) ? first : DEFAULT_LOCALE
  const rest = isLocale(first) ? segments.slice(2).join("/") : segments.slice(1).join("/")
  const url = request.nextUrl.clone()

  if (isPortalPath(`/${rest}`)) {
    url.pathname = `/${locale}/${rest}`
    return NextResponse.rewrite(url)
  }

  const chosen = request.cookies.get(CURRENCY_COOKIE)?.value
  const currency = isCurrency(chosen) ? chosen : defaultCurrency(locale)

  url.pathname = `/${locale}/${currency}${rest ? `/${rest}` : ""}`
  return NextResponse.rewrite(url)
}

export const config = {
  // Everything but Next's own files, API routes and files with an extension (icon.svg, robots.txt, …).
  matcher: ["/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)"],
}
