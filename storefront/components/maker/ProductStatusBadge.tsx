import type { ProductStatus } from "@/lib/medusa/maker-shapes"
import { Icon, type IconName } from "./icons"

const STATUS_ICONS: Record<ProductStatus, IconName> = {
  in_review: "clock",
  live: "store",
  returned: "note",
  sold_out: "soldOut",
  paused: "pause",
}

/** Where a product stands, as an icon and a word ("Menunggu diperiksa"), in the status's colour. */
export function ProductStatusBadge({ status, label }: { status: ProductStatus; label: string }) {
  return (
    <span className={`maker-badge maker-badge-${status}`}>
      <Icon name={STATUS_ICONS[status]} />
      <span>{label}</span>
    </span>
  )
}
