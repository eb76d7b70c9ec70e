import { notFound, redirect } from "next/navigation"
import { EarningsView } from "@/components/maker/EarningsView"
import { Icon } from "@/components/maker/icons"
import { ProductUnavailable } from "@/components/maker/ProductUnavailable"
import { isLocale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { requireMakerToken } from "@/lib/maker/portal-session"
import { getMakerEarnings } from "@/lib/medusa/maker-earnings"
import "@/components/maker/Earnings.css"

type Props = { params: Promise<{ locale: string }> }

/**
 * Penghasilan saya: what is waiting, what is ready to be paid, what was paid, and why, in her words. Not logged
 * in → the login page; her login ended → /maker/expired; the backend can't answer → "Coba lagi".
 */
export default async function MakerEarningsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = await requireMakerToken(locale)
  const result = await getMakerEarnings(token)
  if (!result.ok && result.reason === "unauthorized") redirect(portalPath(locale, "expired"))
  const t = getT(locale, "maker")
  return (
    <div className="maker-page">
      <a href={portalPath(locale)} className="maker-back">
        <Icon name="back" />
        <span>{t("home.tasksLabel")}</span>
      </a>
      <h1>{t("earnings.title")}</h1>
      {result.ok ? (
        <EarningsView earnings={result.earnings} locale={locale} />
      ) : (
        <ProductUnavailable message={t("earnings.error")} retryHref={portalPath(locale, "earnings")} retryLabel={t("earnings.retry")} />
      )}
    </div>
  )
}
