import type { PortalProduct } from "@/lib/medusa/maker-shapes"
import { Icon } from "./icons"
import { ProductPhoto } from "./ProductPhoto"
import { ProductStatusBadge } from "./ProductStatusBadge"

/** The list's thumbnail: 6rem wide, so the 400px variant is always enough. */
const THUMB_SIZES = "6rem"

/** One of her products in the list: photo, name, price, stock, status; staff's note when sent back. The whole card opens it. */
export function ProductListItem({
  product,
  href,
  price,
  stock,
  statusLabel,
  noteLabel,
  noPhoto,
}: {
  product: PortalProduct
  href: string
  price: string
  stock: string
  statusLabel: string
  noteLabel: string
  noPhoto: string
}) {
  const photo = product.images[0]
  return (
    <li>
      <a href={href} className="maker-card">
        <span className="maker-card-photo">
          {photo || product.thumbnail ? (
            <ProductPhoto variants={photo?.variants ?? []} url={photo?.url ?? product.thumbnail} alt="" sizes={THUMB_SIZES} />
          ) : (
            <span className="maker-card-nophoto">
              <Icon name="camera" />
              <span className="visually-hidden">{noPhoto}</span>
            </span>
          )}
        </span>
        <span className="maker-card-body">
          <span className="maker-card-title">{product.title}</span>
          <span className="maker-card-price">{price}</span>
          <span className="maker-card-stock">{stock}</span>
          <ProductStatusBadge status={product.status} label={statusLabel} />
        </span>
      </a>
      {product.status === "returned" && product.reviewNote && (
        <p className="maker-note">
          <strong>{noteLabel}</strong> {product.reviewNote}
        </p>
      )}
    </li>
  )
}
