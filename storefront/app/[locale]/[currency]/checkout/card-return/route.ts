/**
 * Where Stripe sends the buyer back after a card payment that left the page (a bank's 3-D Secure page, for
 * instance): public URL /checkout/card-return (or /en/checkout/card-return), rewritten here by proxy.ts.
 * Stripe adds ?payment_intent=pi_…&payment_intent_client_secret=…&redirect_status=succeeded|processing|failed.
 *
 * Paid: the order is placed (the backend checks the PaymentIntent itself; the cart in the cookie is the one paid
 * for) and the buyer lands on it. Otherwise she is sent back to the checkout, which says why (?card=…), with
 * everything she typed saved in the cart and bank transfer still there to choose.
 */
import type { NextRequest } from "next/server"
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config"
import { checkoutPath, localePath } from "@/lib/i18n/paths"
import { completePaidCart, type CardNotice } from "@/lib/checkout/payment"
import { forgetCart } from "@/lib/session"

// Personal and acting: never prerendered or cached.
export const dynamic = "force-dynamic"

/** A 303 to a path of this site; a relative Location keeps the host the browser used (behind a proxy too). */
function goTo(path: string): Response {
  return new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } })
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string; currency: string }> }) {
  const raw = (await params).locale
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE
  const back = (notice: CardNotice) => goTo(`${checkoutPath(locale)}?card=${notice}`)

  const query = request.nextUrl.searchParams
  const intent = query.get("payment_intent") ?? ""
  const status = query.get("redirect_status")
  // "processing" counts as paid, as in the page: the backend's check of the PaymentIntent has the last word.
  if (!intent.startsWith("pi_") || (status !== "succeeded" && status !== "processing")) return back("declined")

  const outcome = await completePaidCart()
  if ("failure" in outcome) return back(outcome.failure)
  await forgetCart()
  return goTo(localePath(locale, `/order/${outcome.orderId}`))
}
