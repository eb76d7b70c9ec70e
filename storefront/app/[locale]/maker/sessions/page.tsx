import { notFound } from "next/navigation"
import { Icon } from "@/components/maker/icons"
import { ProductUnavailable } from "@/components/maker/ProductUnavailable"
import { isLocale, type Locale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { formatDayTime } from "@/lib/maker/format"
import { leaveOnFailure, requireMakerToken } from "@/lib/maker/portal-session"
import { endAllSessions, endSession } from "@/lib/maker/session-actions"
import { listMakerSessions, type PortalSession } from "@/lib/medusa/maker-sessions"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function deviceName(locale: Locale, session: PortalSession): string {
  const parts = [session.os, session.browser].filter(Boolean)
  return parts.length ? parts.join(" · ") : getT(locale, "maker")("sessions.unknownDevice")
}

/**
 * HP yang masuk: every phone (or computer) where she is logged in, this one marked; she logs another one out,
 * or all of them (DESIGN.md, privacy rule 6: someone may know her PIN or hold her old phone).
 */
export default async function MakerSessionsPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = await requireMakerToken(locale)
  const result = await listMakerSessions(token)
  if (!result.ok) leaveOnFailure(locale, result.reason)
  const query = await searchParams
  const t = getT(locale, "maker")
  return (
    <div className="maker-page">
      <a href={portalPath(locale)} className="maker-back">
        <Icon name="back" />
        <span>{t("home.tasksLabel")}</span>
      </a>
      <h1>{t("sessions.title")}</h1>
      <p className="maker-lead">{t("sessions.lead")}</p>
      {query.ended === "1" && (
        <p className="maker-notice" role="status">
          {t("sessions.ended")}
        </p>
      )}
      {query.error === "end" && (
        <p className="maker-alert" role="alert">
          {t("sessions.error")}
        </p>
      )}
      {!result.ok ? (
        <ProductUnavailable message={t("sessions.loadError")} retryHref={portalPath(locale, "sessions")} retryLabel={t("products.retry")} />
      ) : (
        <ul className="maker-cards" aria-label={t("sessions.title")}>
          {result.sessions.map((session) => (
            <li key={session.id} className="maker-session">
              <Icon name="phone" />
              <div className="maker-card-body">
                <span className="maker-card-title">{deviceName(locale, session)}</span>
                {session.current && (
                  <span className="maker-badge maker-badge-live">
                    <Icon name="check" />
                    <span>{t("sessions.thisPhone")}</span>
                  </span>
                )}
                <span className="maker-card-stock">{t("sessions.since", { date: formatDayTime(session.startedAt, locale) })}</span>
                <span className="maker-card-stock">{t("sessions.lastUsed", { date: formatDayTime(session.lastSeenAt, locale) })}</span>
                {!session.current && (
                  <form action={endSession}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="session" value={session.id} />
                    <button type="submit" className="maker-button maker-button-quiet">
                      <Icon name="logOut" />
                      <span>{t("sessions.endOne")}</span>
                    </button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <form action={endAllSessions} className="maker-sessions-all">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="maker-button">
          <Icon name="logOut" />
          <span>{t("sessions.endAll")}</span>
        </button>
        <p className="maker-hint">{t("sessions.endAllHint")}</p>
      </form>
    </div>
  )
}
