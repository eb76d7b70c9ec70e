import { NextResponse, type NextRequest } from "next/server"
import { CURRENCY_COOKIE, isCurrency } from "@/lib/i18n/market"
import { parseLocale, returnPath } from "@/lib/preferences"

const ONE_YEAR = 60 * 60 * 24 * 365

/** The origin the browser used (behind a proxy, Host and X-Forwarded-Proto). */
function publicOrigin(request: NextRequest): string {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host
  const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")
  return `${proto}://${host}`
}

function back(request: NextRequest, path: string) {
  return NextResponse.redirect(new URL(path, publicOrigin(request)), 303)
}

/** GET ?locale=en: the same page in the other language. */
export function GET(request: NextRequest) {
  const locale = parseLocale(request.nextUrl.searchParams.get("locale"))
  if (!locale) return NextResponse.json({ message: "locale must be id or en" }, { status: 400 })
  return back(request, returnPath(request.headers.get("referer"), publicOrigin(request), locale))
}

/** POST currency=idr|usd (a form): prices in that currency from now on; the cart follows on its next read. */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null)
  const currency = form?.get("currency")
  if (!isCurrency(currency)) return NextResponse.json({ message: "currency must be idr or usd" }, { status: 400 })
  const response = back(request, returnPath(request.headers.get("referer"), publicOrigin(request)))
  response.cookies.set(CURRENCY_COOKIE, currency, { path: "/", maxAge: ONE_YEAR, sameSite: "lax", httpOnly: true })
  return response
}
