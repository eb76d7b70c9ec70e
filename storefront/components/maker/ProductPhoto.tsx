import type { PhotoVariant } from "@/lib/medusa/maker-shapes"

/**
 * A product photo from its re-encoded variants (400/800/1600 px wide): the browser takes the smallest that
 * fills `sizes` on her screen, so a list of thumbnails costs a few KB each on a slow connection. Without
 * variants (a photo that did not come from the portal), the one URL there is.
 */
export function ProductPhoto({
  variants,
  url,
  alt,
  sizes,
  className,
  eager = false,
}: {
  variants: PhotoVariant[]
  url?: string | null
  alt: string
  sizes: string
  className?: string
  eager?: boolean
}) {
  const smallest = variants[0]
  const src = smallest?.url ?? url
  if (!src) return null
  return (
    <img
      src={src}
      srcSet={variants.length > 0 ? variants.map((v) => `${v.url} ${v.width}w`).join(", ") : undefined}
      sizes={variants.length > 0 ? sizes : undefined}
      width={smallest?.width}
      height={smallest?.height}
      alt={alt}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className={className}
    />
  )
}
