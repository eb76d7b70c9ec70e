import { notFound } from "next/navigation"
import { MakerJoinForm } from "@/components/maker/MakerForms"
import { isLocale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { firstParam, portalModes, portalStrings, switchLinks, type PortalSearchParams } from "@/lib/maker/page-props"
import { normaliseCode } from "@/lib/maker/schemas"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PortalSearchParams> }

/**
 * Create her login from the invitation staff sent her (/maker/join?code=ABCD-EFGH): the code (filled in from
 * the link), her phone number or email, a PIN twice. Then she is logged in. Shown even when a login cookie is
 * there: after staff reset her access, a new invitation is how she gets back in.
 */
export default async function MakerJoinPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const t = getT(locale, "maker")
  const code = normaliseCode(firstParam(query.code).slice(0, 40))
  const modes = portalModes(query)
  const strings = portalStrings(locale)
  return (
    <div className="maker-page">
      <h1 id="join-title">{t("join.title")}</h1>
      <MakerJoinForm
        locale={locale}
        labelledBy="join-title"
        initial={{ ...modes, code }}
        links={switchLinks(locale, "join", modes, code)}
        strings={{
          code: t("fields.code"),
          codeHint: t("fields.codeHint"),
          identifier: strings.identifier,
          secret: strings.newSecret,
          repeat: { pin: t("fields.repeatPin"), password: t("fields.repeatPassword") },
          submit: t("join.submit"),
        }}
      />
      <p className="maker-other">
        <span>{t("join.loginPrompt")}</span> <a href={portalPath(locale, "login")}>{t("join.loginLink")}</a>
      </p>
    </div>
  )
}
