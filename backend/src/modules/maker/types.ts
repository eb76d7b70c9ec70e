// Shapes and limits of the maker module, shared by the models, the public view, the API and the seed.
// docs/makers-api.md is the contract these follow.

export const CRAFTS = ["bouquet", "bale", "wall", "door"] as const
export type Craft = (typeof CRAFTS)[number]

export const MAKER_STATUSES = ["active", "hidden"] as const
export type MakerStatus = (typeof MAKER_STATUSES)[number]

/** The public items a maker consents to show, one by one. */
export const CONSENT_ITEMS = ["display_name", "story", "image", "city"] as const
export type ConsentItem = (typeof CONSENT_ITEMS)[number]

/** The steps of a product's review (model product_review). */
export const PRODUCT_REVIEW_DECISIONS = ["submitted", "approved", "returned"] as const
export type ProductReviewDecision = (typeof PRODUCT_REVIEW_DECISIONS)[number]

export interface ProductReviewRow {
  id: string
  product_id: string
  maker_id: string
  decision: ProductReviewDecision
  note: string | null
  actor_id: string
  created_at: Date | string
}

export const PAYOUT_METHODS = ["bank", "ewallet"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

export const LIMITS = {
  handleMin: 3,
  handleMax: 60,
  displayNameMax: 80,
  storyMax: 2000,
  cityMax: 80,
  imageUrlMax: 2000,
} as const

export const HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** The maker that stands for group work, and for every maker who is hidden or withheld her name. */
export const COLLECTIVE = {
  handle: "kolektif-rumah-karya",
  display_name: "Kolektif Rumah Karya",
  story_id:
    "Karya bersama para perempuan pengrajin Rumah Karya di Medan. Setiap buket, bale dan hiasan dikerjakan " +
    "bersama di workshop kami dari botol plastik daur ulang, dan hasil penjualannya dibagi kepada para pembuatnya.",
  story_en:
    "Work made together by the women of Rumah Karya in Medan. Every bouquet, bale and decoration is made side " +
    "by side in our workshop from recycled plastic bottles, and what it earns is shared among the women who made it.",
  crafts: [...CRAFTS] as Craft[],
  city: "Medan",
} as const

/** Who recorded a change that no staff member made (the seed, migration scripts, Medusa hooks). */
export const SYSTEM_ACTOR = "system"

/** The public columns of a maker row: store code selects these and nothing else. */
export const PUBLIC_MAKER_COLUMNS = [
  "id",
  "handle",
  "display_name",
  "story_id",
  "story_en",
  "crafts",
  "city",
  "image_url",
  "joined_at",
  "status",
  "is_collective",
] as const

/** The private columns, in the contract's order. Only admin routes ever read them. */
export const PRIVATE_FIELDS = [
  "legal_name",
  "phone",
  "whatsapp",
  "address",
  "payout_method",
  "bank_name",
  "bank_account_number",
  "bank_account_holder",
  "ewallet_provider",
  "ewallet_number",
  "staff_notes",
] as const
export type PrivateField = (typeof PRIVATE_FIELDS)[number]

export const PUBLIC_EDITABLE_FIELDS = [
  "handle",
  "display_name",
  "story_id",
  "story_en",
  "crafts",
  "city",
  "image_url",
] as const
export type PublicEditableField = (typeof PUBLIC_EDITABLE_FIELDS)[number]

export interface MakerRow {
  id: string
  handle: string
  display_name: string
  story_id: string | null
  story_en: string | null
  crafts: string[]
  city: string | null
  image_url: string | null
  joined_at: Date | string
  status: MakerStatus
  is_collective: boolean
  /** Portal tokens issued before this moment are refused. Not public, not in AdminMaker. */
  access_revoked_at?: Date | string | null
  created_at?: Date | string
  updated_at?: Date | string
}

export interface MakerInviteRow {
  id: string
  maker_id: string
  code_hash: string
  expires_at: Date | string
  used_at: Date | string | null
  revoked_at: Date | string | null
  created_by: string
  created_at?: Date | string
}

export interface MakerSessionRow {
  id: string
  maker_id: string
  key_hash: string
  device_os: string | null
  device_browser: string | null
  started_at: Date | string
  expires_at: Date | string | null
  last_seen_at: Date | string
  ended_at: Date | string | null
  ended_by: string | null
}

export interface ConsentRecord {
  id: string
  maker_id: string
  item: ConsentItem
  granted: boolean
  recorded_by: string
  recorded_at: Date | string
}

export interface ConsentState {
  granted: boolean
  recorded_at: string | null
  recorded_by: string | null
}
export type Consents = Record<ConsentItem, ConsentState>

export type MakerPrivateData = Record<Exclude<PrivateField, "payout_method">, string | null> & {
  payout_method: PayoutMethod | null
}

export interface PublicMaker {
  id: string
  handle: string
  display_name: string
  story: { id: string | null; en: string | null }
  crafts: Craft[]
  city: string | null
  image_url: string | null
  joined_at: string
  is_collective: boolean
}

export interface PublicMakerSummary {
  handle: string
  display_name: string
  image_url: string | null
  is_collective: boolean
}

export interface AdminMaker {
  id: string
  handle: string
  display_name: string
  story_id: string | null
  story_en: string | null
  crafts: Craft[]
  city: string | null
  image_url: string | null
  joined_at: string
  is_collective: boolean
  status: MakerStatus
  consents: Consents
  product_count: number
  created_at: string
  updated_at: string
}

export interface MakerChangeEntry {
  id: string
  action: string
  actor_id: string
  fields: string[]
  created_at: string
}
