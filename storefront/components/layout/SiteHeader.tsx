import { listCategoryTree } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import type { Currency } from "@/lib/i18n/market"
import { accountPath, cartPath, categoryPath, localePath, makersPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { CartLink } from "./CartLink"
import { Preferences } from "./Preferences"

export async function SiteHeader({ locale, currency }: { locale: Locale; currency: Currency }) {
  const t = getT(locale, "common")
  const categories = await listCategoryTree(locale)
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <a href={localePath(locale, "/")} className="brand">
          {t("siteName")}
        </a>
        <span className="brand-tagline">{t("tagline")}</span>
        <nav aria-label={t("mainMenu")} className="site-nav">
          <ul>
            {categories.map((category) => (
              <li key={category.id}>
                <a href={categoryPath(locale, category.handle)}>{category.name}</a>
              </li>
            ))}
            <li>
              <a href={makersPath(locale)}>{t("nav.makers")}</a>
            </li>
          </ul>
        </nav>
        <Preferences locale={locale} currency={currency} />
        <ul className="site-actions">
          <li>
            <a href={accountPath(locale)}>{t("nav.account")}</a>
          </li>
          <li>
            <CartLink href={cartPath(locale)} label={t("nav.cart")} />
          </li>
        </ul>
      </div>
    </header>
  )
}
