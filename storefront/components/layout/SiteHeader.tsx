import { SearchBox } from "@/components/search/SearchBox"
import "@/components/search/search.css"
import { listCategoryTree } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import type { Currency } from "@/lib/i18n/market"
import { accountPath, cartPath, categoryPath, localePath, makersPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { searchPath } from "@/lib/search-view"
import { CartLink } from "./CartLink"
import { Preferences } from "./Preferences"

export async function SiteHeader({ locale, currency }: { locale: Locale; currency: Currency }) {
  const t = getT(locale, "common")
  const s = getT(locale, "search")
  const categories = await listCategoryTree(locale)
  return (
    <header className="site-header">
      <div className="container site-header-inner">
        <a href={localePath(locale, "/")} className="brand">
          {t("siteName")}
        </a>
        <span className="brand-tagline">{t("tagline")}</span>
        <SearchBox
          action={searchPath(locale)}
          endpoint={`/api/search/suggestions?locale=${locale}`}
          strings={{
            label: s("box.label"),
            placeholder: s("box.placeholder"),
            submit: s("box.submit"),
            suggestions: s("box.suggestions"),
            // Filled in by the box with the number of suggestions it got.
            suggestionsAvailable: s("box.suggestionsAvailable", { count: "{count}" }),
          }}
        />
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
