import { formatCrafts, type Maker } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { makerPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { CARD_IMAGE_SIZES } from "./ProductCard"
import { MakerPortrait } from "./MakerPortrait"

/** A maker in a grid: photo or initial, her name, her crafts, her city if she shows it. */
export function MakerCard({
  maker,
  locale,
  priority,
  headingLevel = 2,
}: {
  maker: Maker
  locale: Locale
  priority?: "high"
  headingLevel?: 2 | 3
}) {
  const t = getT(locale, "catalog")
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <li className="card">
      <a href={makerPath(locale, maker.handle)} className="card-link maker-card">
        <MakerPortrait maker={maker} sizes={CARD_IMAGE_SIZES} priority={priority} className="card-media" />
        <Heading className="card-title">{maker.name}</Heading>
        {maker.isCollective ? (
          <p className="card-meta">{t("maker.togetherCard")}</p>
        ) : (
          <>
            {maker.crafts.length > 0 && <p className="card-meta">{formatCrafts(maker.crafts, locale)}</p>}
            {maker.city && <p className="card-meta card-city">{maker.city}</p>}
          </>
        )}
      </a>
    </li>
  )
}
