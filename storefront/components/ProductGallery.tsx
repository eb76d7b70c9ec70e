import type { Locale } from "@/lib/i18n/config"
import { getT } from "@/lib/i18n/translate"
import { ProductImage } from "./ProductImage"

/** Main photo: full width on phones, ~55% of the 72rem container from 56rem (see .product in globals.css). */
const MAIN_SIZES = "(min-width: 72rem) 37rem, (min-width: 56rem) calc((100vw - 5.5rem) * 0.55), calc(100vw - 2rem)"

/**
 * Product photos without JavaScript: a horizontal scroll-snap strip (swipe on phones) and thumbnail
 * links that scroll the strip to a photo by its fragment (#photo-2).
 */
export function ProductGallery({
  title,
  images,
  locale,
}: {
  title: string
  images: { id: string; url: string }[]
  locale: Locale
}) {
  const t = getT(locale, "catalog")
  if (images.length === 0) {
    return (
      <div className="gallery">
        <div className="gallery-empty">{getT(locale, "common")("photoComing")}</div>
      </div>
    )
  }

  const many = images.length > 1
  return (
    <div className="gallery">
      <ul
        className="gallery-track"
        aria-label={many ? t("product.photosSwipe", { title }) : t("product.photos", { title })}
        tabIndex={many ? 0 : undefined}
      >
        {images.map((img, i) => (
          <li key={img.id} id={`photo-${i + 1}`} className="gallery-slide">
            <ProductImage
              src={img.url}
              alt={many ? t("product.photoN", { title, n: i + 1, total: images.length }) : title}
              sizes={MAIN_SIZES}
              // Slides beside the first are within lazy-loading distance: keep them off the LCP's bandwidth.
              priority={i === 0 ? "preload" : "low"}
            />
          </li>
        ))}
      </ul>
      {many && (
        <ul className="gallery-thumbs" aria-label={t("product.choosePhoto")}>
          {images.map((img, i) => (
            <li key={img.id}>
              <a href={`#photo-${i + 1}`} aria-label={t("product.showPhotoN", { n: i + 1, total: images.length })}>
                <ProductImage src={img.url} alt="" sizes="4.5rem" priority="low" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
