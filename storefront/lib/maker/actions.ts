"use server"
/**
 * The makers' portal: log in, create her login from an invitation, log out. Her maker JWT lives in its own
 * httpOnly cookie (rk_maker, lib/session.ts). Each action works without JavaScript (a plain form post) and
 * answers with translated messages and what she typed, never her PIN or password.
 */
import { redirect } from "next/navigation"
import type { Locale } from "../i18n/config"
import { portalPath } from "../i18n/paths"
import { acceptInvite, makerLogin, type InviteError } from "../medusa/maker"
import { formLocale, looseT, translateErrors, type LooseT } from "../checkout/request"
import { fieldErrors, formValues } from "../checkout/schemas"
import { forgetMaker, saveMakerToken } from "../session"
import type { MakerFormState } from "./form-state"
import { makerJoinSchema, makerLoginSchema } from "./schemas"

const LOGIN_KEPT = ["identifier", "via", "secret"] as const
const JOIN_KEPT = ["code", "identifier", "via", "secret"] as const

function invalid(t: LooseT, errors: Record<string, string>, values: Record<string, string>): MakerFormState {
  return {
    status: "error",
    message: t("errorSummary"),
    fieldErrors: translateErrors(errors, (key) => t(`errors.${key}`)),
    values,
  }
}

export async function logInMaker(_prev: MakerFormState, form: FormData): Promise<MakerFormState> {
  const locale = formLocale(form)
  const t = looseT(locale, "maker")
  const values = formValues(form, LOGIN_KEPT)
  const parsed = makerLoginSchema.safeParse(formValues(form, ["identifier", "password"]))
  if (!parsed.success) return invalid(t, fieldErrors(parsed.error), values)

  const result = await makerLogin(parsed.data.identifier, parsed.data.password)
  if (!result.ok) {
    const message = { invalid: t("login.invalid"), rateLimited: t("rateLimited"), error: t("error") }[result.reason]
    return { status: "error", message, values }
  }
  await saveMakerToken(result.token)
  redirect(portalPath(locale))
}

export async function joinAsMaker(_prev: MakerFormState, form: FormData): Promise<MakerFormState> {
  const locale = formLocale(form)
  const t = looseT(locale, "maker")
  const values = formValues(form, JOIN_KEPT)
  const parsed = makerJoinSchema.safeParse(formValues(form, ["code", "identifier", "password", "repeat"]))
  if (!parsed.success) return invalid(t, fieldErrors(parsed.error), values)

  const { code, identifier, password } = parsed.data
  const result = await acceptInvite({ code, identifier, password })
  if (!result.ok) return refusedInvite(t, result.reason, values, locale)
  await saveMakerToken(result.token)
  redirect(portalPath(locale))
}

/** The backend's refusal, next to the field it is about when there is one. */
function refusedInvite(
  t: LooseT,
  reason: InviteError,
  values: Record<string, string>,
  locale: Locale
): MakerFormState {
  switch (reason) {
    case "invalidCode":
      return { status: "error", message: t("join.codeInvalid"), fieldErrors: { code: t("join.codeInvalid") }, values }
    case "identifierTaken":
      return {
        status: "error",
        message: t("join.identifierTaken"),
        fieldErrors: { identifier: t("join.identifierTaken") },
        values,
        link: { href: portalPath(locale, "login"), label: t("join.loginLink") },
      }
    case "identifierInvalid": {
      const key = values.identifier.includes("@") ? "errors.emailInvalid" : "errors.phoneInvalid"
      return { status: "error", message: t("errorSummary"), fieldErrors: { identifier: t(key) }, values }
    }
    case "passwordRule":
      // Our own rule said yes and the backend's said no: show the rule itself.
      return {
        status: "error",
        message: t("errorSummary"),
        fieldErrors: { password: values.secret === "password" ? t("fields.newPasswordHint") : t("fields.newPinHint") },
        values,
      }
    case "rateLimited":
      return { status: "error", message: t("rateLimited"), values }
    default:
      return { status: "error", message: t("error"), values }
  }
}

export async function logOutMaker(form: FormData): Promise<void> {
  const locale = formLocale(form)
  await forgetMaker()
  redirect(portalPath(locale, "login"))
}
