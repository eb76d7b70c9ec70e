import type { CategorySection } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { categoryPath } from "@/lib/i18n/paths"
import { CARD_IMAGE_SIZES } from "./ProductCard"
import { ProductImage } from "./ProductImage"

/** The three crafts (top-level categories), each shown by one of its pieces and linking to its page. */
export function CraftTiles({ sections, locale }: { sections: readonly CategorySection[]; locale: Locale }) {
  return (
    <ul className="grid crafts">
      {sections.map(({ category, products }, i) => {
        const cover = products.find((p) => p.thumbnail)?.thumbnail
        return (
          <li key={category.id} className="card">
            <a href={categoryPath(locale, category.handle)} className="card-link">
              <div className="card-media">
                {cover && <ProductImage src={cover} alt="" sizes={CARD_IMAGE_SIZES} priority={i < 2 ? "high" : undefined} />}
              </div>
              <h3 className="card-title">{category.name}</h3>
              {category.description && <p className="card-meta">{category.description}</p>}
            </a>
          </li>
        )
      })}
    </ul>
  )
}
