import { localePath } from "@/lib/i18n/paths"
import { getRequestLocale } from "@/lib/i18n/request-locale"
import { getT } from "@/lib/i18n/translate"

export function NotFoundView() {
  const locale = getRequestLocale()
  const t = getT(locale, "common")
  return (
    <section className="container not-found" aria-labelledby="nf-title">
      <p className="not-found-code">404</p>
      <h1 id="nf-title">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <a href={localePath(locale, "/")} className="button">
          {t("notFound.cta")}
        </a>
      </p>
    </section>
  )
}
