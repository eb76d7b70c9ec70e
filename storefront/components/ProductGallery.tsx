import { ProductImage } from "./ProductImage"

/** Main photo: full width on phones, ~55% of the 72rem container from 56rem (see .product in globals.css). */
const MAIN_SIZES = "(min-width: 72rem) 37rem, (min-width: 56rem) calc((100vw - 5.5rem) * 0.55), calc(100vw - 2rem)"

/**
 * Product photos without JavaScript: a horizontal scroll-snap strip (swipe on phones) and thumbnail
 * links that scroll the strip to a photo by its fragment (#foto-2).
 */
export function ProductGallery({ title, images }: { title: string; images: { id: string; url: string }[] }) {
  if (images.length === 0) {
    return (
      <div className="gallery">
        <div className="gallery-empty">Foto menyusul</div>
      </div>
    )
  }

  const many = images.length > 1
  return (
    <div className="gallery">
      <ul
        className="gallery-track"
        aria-label={many ? `Foto ${title}, geser untuk melihat foto lain` : `Foto ${title}`}
        tabIndex={many ? 0 : undefined}
      >
        {images.map((img, i) => (
          <li key={img.id} id={`foto-${i + 1}`} className="gallery-slide">
            <ProductImage
              src={img.url}
              alt={many ? `${title}, foto ${i + 1} dari ${images.length}` : title}
              sizes={MAIN_SIZES}
              // Slides beside the first are within lazy-loading distance: keep them off the LCP's bandwidth.
              priority={i === 0 ? "preload" : "low"}
            />
          </li>
        ))}
      </ul>
      {many && (
        <ul className="gallery-thumbs" aria-label="Pilih foto">
          {images.map((img, i) => (
            <li key={img.id}>
              <a href={`#foto-${i + 1}`} aria-label={`Lihat foto ${i + 1} dari ${images.length}`}>
                <ProductImage src={img.url} alt="" sizes="4.5rem" priority="low" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
