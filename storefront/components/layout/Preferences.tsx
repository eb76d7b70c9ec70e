import type { Locale } from "@/lib/i18n/config"
import { CURRENCIES, type Currency } from "@/lib/i18n/market"
import { getT } from "@/lib/i18n/translate"

/**
 * Language and currency, without JavaScript: both go through /api/preferences, which answers with a
 * redirect back to the page the buyer was on (in the other language, or re-priced in the other currency).
 */
export function Preferences({ locale, currency }: { locale: Locale; currency: Currency }) {
  const t = getT(locale, "common")
  const other: Locale = locale === "id" ? "en" : "id"
  return (
    <div className="preferences" role="group" aria-label={t("preferences.label")}>
      <a
        href={`/api/preferences?locale=${other}`}
        hrefLang={other}
        lang={other}
        className="preference-link"
        rel="nofollow"
        aria-label={t("preferences.switchToLanguageLabel")}
      >
        {t("preferences.switchToLanguage")}
      </a>
      <form method="post" action="/api/preferences" className="currency-switch">
        <span className="visually-hidden">{t("preferences.currency")}</span>
        {CURRENCIES.map((code) => (
          <button
            key={code}
            type="submit"
            name="currency"
            value={code}
            aria-pressed={code === currency}
            aria-label={t(`preferences.${code}`)}
          >
            {code.toUpperCase()}
          </button>
        ))}
      </form>
    </div>
  )
}
