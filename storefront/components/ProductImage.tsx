import { getImageProps } from "next/image"
import { preload } from "react-dom"

type Props = {
  src: string
  alt: string
  /** The slot's rendered width, as in <img sizes>. */
  sizes: string
  /**
   * "preload": the page's LCP image — preloaded from <head> with high priority.
   * "high": above the fold on a phone — eager, high fetch priority.
   * "low": lazy, and low fetch priority once it loads (e.g. photos next to the LCP image in a carousel).
   * undefined: lazy.
   */
  priority?: "preload" | "high" | "low"
}

/**
 * An optimised product photo (srcset via Next's image optimiser, AVIF/WebP) rendered on the server as a
 * plain <img>: unlike <Image>, no client component and no JavaScript is shipped for it.
 * Product photos from the backend are square, 1200×1200.
 */
export function ProductImage({ src, alt, sizes, priority }: Props) {
  const { props } = getImageProps({
    src,
    alt,
    width: 1200,
    height: 1200,
    sizes,
    loading: priority === "preload" || priority === "high" ? "eager" : "lazy",
    fetchPriority: priority === "preload" || priority === "high" ? "high" : priority,
  })
  if (priority === "preload" && props.srcSet) {
    preload(props.src, {
      as: "image",
      imageSrcSet: props.srcSet,
      imageSizes: props.sizes,
      fetchPriority: "high",
    })
  }
  // eslint-disable-next-line @next/next/no-img-element -- props come from getImageProps
  return <img {...props} alt={alt} />
}
