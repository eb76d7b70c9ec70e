/**
 * What the portal's pages hand their forms: the keyboards to start with (from the URL, so the switches work
 * without JavaScript), the links that switch them, and the fields' words. Server only (translations).
 */
import type { IdentifierStrings, SecretStrings } from "@/components/maker/MakerForms"
import type { Locale } from "../i18n/config"
import { portalPath } from "../i18n/paths"
import { getT } from "../i18n/translate"
import { identifierMode, secretMode, type IdentifierMode, type SecretMode } from "./form-state"

export type PortalSearchParams = Record<string, string | string[] | undefined>

export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ""
}

export type PortalModes = { via: IdentifierMode; secret: SecretMode }

/** ?via=email → the email field; ?secret=password → letters instead of the number keypad. */
export function portalModes(query: PortalSearchParams): PortalModes {
  return { via: identifierMode(firstParam(query.via)), secret: secretMode(firstParam(query.secret)) }
}

/** The same page with the other identifier keyboard, and with the other PIN/password keyboard. */
export function switchLinks(locale: Locale, page: "login" | "join", modes: PortalModes, code?: string) {
  const href = (via: IdentifierMode, secret: SecretMode) =>
    portalPath(locale, page, {
      code: code || undefined,
      via: via === "email" ? "email" : undefined,
      secret: secret === "password" ? "password" : undefined,
    })
  return {
    via: href(modes.via === "phone" ? "email" : "phone", modes.secret),
    secret: href(modes.via, modes.secret === "pin" ? "password" : "pin"),
  }
}

export function portalStrings(locale: Locale): {
  identifier: IdentifierStrings
  secret: SecretStrings
  newSecret: SecretStrings
} {
  const t = getT(locale, "maker")
  const secret: SecretStrings = {
    pin: t("fields.pin"),
    password: t("fields.password"),
    useLetters: t("fields.useLetters"),
    useDigits: t("fields.useDigits"),
    show: t("fields.show"),
    hide: t("fields.hide"),
  }
  return {
    identifier: {
      phone: t("fields.phone"),
      phoneHint: t("fields.phoneHint"),
      email: t("fields.email"),
      emailHint: t("fields.emailHint"),
      useEmail: t("fields.useEmail"),
      usePhone: t("fields.usePhone"),
    },
    secret,
    newSecret: {
      ...secret,
      pin: t("fields.newPin"),
      password: t("fields.newPassword"),
      pinHint: t("fields.newPinHint"),
      passwordHint: t("fields.newPasswordHint"),
    },
  }
}
