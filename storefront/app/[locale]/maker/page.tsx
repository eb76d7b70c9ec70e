import { notFound, redirect } from "next/navigation"
import { Icon } from "@/components/maker/icons"
import { MakerTiles } from "@/components/maker/MakerTiles"
import { isLocale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { logOutMaker } from "@/lib/maker/actions"
import { MAKER_TASKS } from "@/lib/maker/tasks"
import { getMakerMe } from "@/lib/medusa/maker"
import { readMakerToken } from "@/lib/session"

type Props = { params: Promise<{ locale: string }> }

/** Her home: hello, a tile per task, and how she is logged in. Not logged in → the login page. */
export default async function MakerHomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = await readMakerToken()
  if (!token) redirect(portalPath(locale, "login"))
  const me = await getMakerMe(token)
  // Expired, or staff reset her access: /maker/expired forgets the cookie (a page can't) and asks her to log in.
  if (!me.ok && me.reason === "unauthorized") redirect(portalPath(locale, "expired"))
  const t = getT(locale, "maker")

  const logout = (
    <form action={logOutMaker} className="maker-logout">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="maker-button maker-button-quiet">
        <Icon name="logOut" />
        <span>{t("home.logout")}</span>
      </button>
    </form>
  )

  if (!me.ok) {
    return (
      <div className="maker-page">
        <p className="maker-alert" role="alert">
          {t("home.error")}
        </p>
        <a href={portalPath(locale)} className="maker-button">
          <Icon name="refresh" />
          <span>{t("home.retry")}</span>
        </a>
        {logout}
      </div>
    )
  }

  const { maker } = me
  return (
    <div className="maker-page">
      <h1>{t("home.hello", { name: maker.displayName })}</h1>
      <MakerTiles
        label={t("home.tasksLabel")}
        tiles={MAKER_TASKS.map((task) => ({
          key: task.key,
          href: portalPath(locale, task.page),
          icon: task.icon,
          label: t(`home.tasks.${task.key}`),
        }))}
      />
      {maker.login.identifierMasked && (
        <p className="maker-signed-in">
          <Icon name={maker.login.identifierKind === "email" ? "mail" : "phone"} />
          <span>
            {t.rich("home.signedInWith", {
              identifier: maker.login.identifierMasked,
              b: (chunks) => (
                <bdi className="maker-identifier" translate="no">
                  {chunks}
                </bdi>
              ),
            })}
          </span>
        </p>
      )}
      <a href={portalPath(locale, "sessions")} className="maker-button maker-button-quiet">
        <Icon name="phone" />
        <span>{t("sessions.link")}</span>
      </a>
      {logout}
    </div>
  )
}
