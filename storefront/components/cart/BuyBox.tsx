import type { ProductDetail } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { optionTitle } from "@/lib/i18n/translate"

/**
 * Variant choice, quantity and "add to cart" for a product page.
 * (Placeholder until the cart lands: shows the options only.)
 */
export function BuyBox({ product, locale }: { product: ProductDetail; locale: Locale }) {
  return (
    <div className="buy-box">
      {product.options.map((option) => (
        <div key={option.id} className="option">
          <h2 className="option-title">{optionTitle(locale, option.title)}</h2>
          <ul className="chips">
            {option.values.map((value) => (
              <li key={value.value} className="chip">
                {value.label}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
