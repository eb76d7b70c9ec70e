import type { CategorySort } from "@/lib/medusa"
import { CATEGORY_SORTS } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { getT } from "@/lib/i18n/translate"

/** Sorting as a plain GET form: works without JavaScript, and each order has its own URL. */
export function SortForm({ locale, action, sort }: { locale: Locale; action: string; sort: CategorySort }) {
  const t = getT(locale, "catalog")
  return (
    <form method="get" action={action} className="sort-form">
      <label htmlFor="sort">{t("category.sortLabel")}</label>
      <select id="sort" name="sort" defaultValue={sort}>
        {CATEGORY_SORTS.map((value) => (
          <option key={value} value={value}>
            {t(`category.sort.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-small">
        {t("category.apply")}
      </button>
    </form>
  )
}
