import { notFound, redirect } from "next/navigation"
import { MakerLoginForm } from "@/components/maker/MakerForms"
import { isLocale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { portalModes, portalStrings, switchLinks, type PortalSearchParams } from "@/lib/maker/page-props"
import { readMakerToken } from "@/lib/session"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PortalSearchParams> }

/** Log in: phone number (or email) and PIN (or password). No self-service reset: staff reset her access. */
export default async function MakerLoginPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  // Already logged in: her home (which sends her back here, logged out, if the login has ended).
  if (await readMakerToken()) redirect(portalPath(locale))
  const query = await searchParams
  const t = getT(locale, "maker")
  const modes = portalModes(query)
  const strings = portalStrings(locale)
  return (
    <div className="maker-page">
      <h1 id="login-title">{t("login.title")}</h1>
      {query.notice === "expired" && (
        <p className="maker-notice" role="status">
          {t("login.expired")}
        </p>
      )}
      <MakerLoginForm
        locale={locale}
        labelledBy="login-title"
        initial={modes}
        links={switchLinks(locale, "login", modes)}
        strings={{ identifier: strings.identifier, secret: strings.secret, submit: t("login.submit") }}
      />
      <p className="maker-help">{t("login.forgot")}</p>
      <p className="maker-other">
        <span>{t("login.joinPrompt")}</span>{" "}
        <a href={portalPath(locale, "join")}>{t("login.joinLink")}</a>
      </p>
    </div>
  )
}
