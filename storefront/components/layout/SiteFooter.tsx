import type { Locale } from "@/lib/i18n/config"
import { localePath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = getT(locale, "common")
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="footer-name">{t("siteName")}</p>
        <p>{t("footer.about")}</p>
        <p>{t("footer.shipping")}</p>
        <p>
          <a href={localePath(locale, "/order-lookup")}>{t("nav.orderLookup")}</a>
        </p>
        <p className="footer-small">{t("footer.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  )
}
