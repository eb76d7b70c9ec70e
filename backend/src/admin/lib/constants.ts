import type { ConsentItem, Craft, PayoutMethod } from "./types"

/** Limits from docs/makers-api.md; the server enforces them too, these only warn early. */
export const LIMITS = {
  story: 2000,
  displayName: 80,
  city: 80,
  handleMin: 3,
  handleMax: 60,
} as const

export const HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** Crafts with the names the makers use. */
export const CRAFTS: { value: Craft; label: string; english: string }[] = [
  { value: "bouquet", label: "Buket Bunga", english: "Flower bouquet" },
  { value: "bale", label: "Bale Pengantin", english: "Bridal bale" },
  { value: "wall", label: "Hiasan Dinding", english: "Wall decor" },
  { value: "door", label: "Hiasan Pintu", english: "Door decor" },
]

export const craftLabel = (craft: Craft): string =>
  CRAFTS.find((c) => c.value === craft)?.label ?? craft

/** What each consent lets the store show, in the words staff read to the maker. */
export const CONSENT_ITEMS: { item: ConsentItem; label: string; shows: string }[] = [
  { item: "display_name", label: "Display name", shows: "her chosen name on her profile and her products" },
  { item: "story", label: "Story", shows: "her story on her profile" },
  { item: "image", label: "Image", shows: "her picture on her profile and her products" },
  { item: "city", label: "City", shows: "her city on her profile" },
]

export const PAYOUT_METHODS: { value: PayoutMethod; label: string }[] = [
  { value: "bank", label: "Bank transfer" },
  { value: "ewallet", label: "E-wallet" },
]

export const PAGE_SIZE = 20
