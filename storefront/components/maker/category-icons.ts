import type { ProductCategory } from "@/lib/maker/product-rules"
import type { IconName } from "./icons"

/** The picture of each craft she can choose. */
export const CATEGORY_ICONS: Record<ProductCategory, IconName> = {
  "buket-bunga": "bouquet",
  "bale-pengantin": "bale",
  "hiasan-dinding": "wallDecor",
  "hiasan-pintu": "doorDecor",
}
