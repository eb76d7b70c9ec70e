"use server"
/** Her orders: "Sudah siap" tells staff an item is made and ready to hand over. A plain form post. */
import { redirect } from "next/navigation"
import { portalPath } from "../i18n/paths"
import { markOrderItemReady } from "../medusa/maker"
import { formLocale } from "../checkout/request"
import { leaveOnFailure, requireMakerToken } from "./portal-session"

export async function markItemReady(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const item = form.get("item")
  if (typeof item !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(item)) redirect(portalPath(locale, "orders"))
  const token = await requireMakerToken(locale)
  const result = await markOrderItemReady(token, item)
  if (!result.ok) {
    leaveOnFailure(locale, result.reason)
    redirect(portalPath(locale, "orders", { error: "ready" }))
  }
  redirect(portalPath(locale, "orders", { ready: item }))
}
