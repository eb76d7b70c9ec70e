import { initialOf, type MakerSummary } from "@/lib/medusa"
import { ProductImage } from "./ProductImage"

/**
 * A maker's photo (only one she consented to show), or a calm placeholder with the first letter of her
 * name. Decorative: her name is always written next to it, so it adds nothing for a screen reader.
 */
export function MakerPortrait({
  maker,
  sizes,
  priority,
  className = "",
}: {
  maker: Pick<MakerSummary, "name" | "imageUrl" | "isCollective">
  sizes: string
  priority?: "preload" | "high"
  className?: string
}) {
  return (
    <div className={`portrait ${maker.isCollective ? "portrait-collective" : ""} ${className}`.trim()}>
      {maker.imageUrl ? (
        <ProductImage src={maker.imageUrl} alt="" sizes={sizes} priority={priority} />
      ) : (
        <span className="portrait-initial" aria-hidden="true">
          {initialOf(maker.name)}
        </span>
      )}
    </div>
  )
}
