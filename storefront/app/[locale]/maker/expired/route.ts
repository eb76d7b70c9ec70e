import { notFound, redirect } from "next/navigation"
import { isLocale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getMakerMe } from "@/lib/medusa/maker"
import { forgetMaker, readMakerToken } from "@/lib/session"

type Context = { params: Promise<{ locale: string }> }

/**
 * /maker/expired: her login has ended (expired, or staff reset her access). A page can't delete a cookie, so
 * the portal's home sends her here: the cookie goes and she sees the login page with "Silakan masuk lagi.".
 * The token is asked about again first, so that a link to this address can't log anyone out whose login is
 * still good.
 */
export async function GET(_request: Request, { params }: Context) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = await readMakerToken()
  if (!token) redirect(portalPath(locale, "login"))
  const me = await getMakerMe(token)
  if (me.ok) redirect(portalPath(locale))
  await forgetMaker()
  redirect(portalPath(locale, "login", { notice: "expired" }))
}
