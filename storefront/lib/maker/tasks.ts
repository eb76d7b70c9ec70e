/**
 * The tasks of the makers' portal, in the order of the home screen's tiles. A tile appears only for a page that
 * exists: add its entry here when the page is built (its words are in messages/<locale>/maker.json,
 * `home.tasks.<key>`; its icon in components/maker/icons.tsx).
 */
import type { IconName } from "@/components/maker/icons"

export type MakerTaskKey = "newProduct" | "products" | "orders" | "earnings"

export type MakerTask = {
  key: MakerTaskKey
  /** The page inside the portal, e.g. "products/new" for /maker/products/new. */
  page: string
  icon: IconName
}

export const MAKER_TASKS: readonly MakerTask[] = [
  { key: "newProduct", page: "products/new", icon: "plus" },
  { key: "products", page: "products", icon: "box" },
  { key: "orders", page: "orders", icon: "list" },
  { key: "earnings", page: "earnings", icon: "wallet" },
]
