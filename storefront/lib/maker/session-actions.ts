"use server"
/**
 * Her logins: end another phone's login, or every login (this phone too: she logs in again with her PIN).
 * Plain form posts.
 */
import { redirect } from "next/navigation"
import { formLocale } from "../checkout/request"
import { portalPath } from "../i18n/paths"
import { endAllMakerSessions, endMakerSession } from "../medusa/maker-sessions"
import { forgetMaker } from "../session"
import { leaveOnFailure, requireMakerToken } from "./portal-session"

export async function endSession(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const id = form.get("session")
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) redirect(portalPath(locale, "sessions"))
  const token = await requireMakerToken(locale)
  const result = await endMakerSession(token, id)
  if (!result.ok) {
    leaveOnFailure(locale, result.reason)
    redirect(portalPath(locale, "sessions", { error: "end" }))
  }
  if (result.current) {
    await forgetMaker()
    redirect(portalPath(locale, "login"))
  }
  redirect(portalPath(locale, "sessions", { ended: "1" }))
}

export async function endAllSessions(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const token = await requireMakerToken(locale)
  const result = await endAllMakerSessions(token)
  if (!result.ok && result.reason !== "unauthorized") redirect(portalPath(locale, "sessions", { error: "end" }))
  await forgetMaker()
  redirect(portalPath(locale, "login"))
}
