/**
 * What every page and action of her products and orders does first: her token from the cookie, or the login
 * page; and what a failed backend call means for her: her login ended → /maker/expired (which forgets the
 * cookie and asks her to log in again); not hers or gone → 404. Other failures are the caller's to show.
 */
import { notFound, redirect } from "next/navigation"
import type { Locale } from "../i18n/config"
import { portalPath } from "../i18n/paths"
import type { PortalError } from "../medusa/maker"
import { readMakerToken } from "../session"

export async function requireMakerToken(locale: Locale): Promise<string> {
  const token = await readMakerToken()
  if (!token) redirect(portalPath(locale, "login"))
  return token
}

/** Leaves the page for "unauthorized" and "notFound"; returns for the failures the page shows itself. */
export function leaveOnFailure(locale: Locale, reason: PortalError): void {
  if (reason === "unauthorized") redirect(portalPath(locale, "expired"))
  if (reason === "notFound") notFound()
}
