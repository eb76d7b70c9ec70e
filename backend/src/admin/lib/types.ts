/**
 * The admin side of the makers API, as written in docs/makers-api.md. Keep in step with that file.
 */

export type Craft = "bouquet" | "bale" | "wall" | "door"
export type ConsentItem = "display_name" | "story" | "image" | "city"
export type MakerStatus = "active" | "hidden"
export type PayoutMethod = "bank" | "ewallet"

export interface ConsentState {
  granted: boolean
  recorded_at: string | null
  recorded_by: string | null
}

export interface AdminMaker {
  id: string
  handle: string
  display_name: string
  crafts: Craft[]
  joined_at: string
  is_collective: boolean
  status: MakerStatus
  story_id: string | null
  story_en: string | null
  city: string | null
  image_url: string | null
  consents: Record<ConsentItem, ConsentState>
  product_count: number
  created_at: string
  updated_at: string
}

export interface MakerPrivate {
  legal_name: string | null
  phone: string | null
  whatsapp: string | null
  address: string | null
  payout_method: PayoutMethod | null
  bank_name: string | null
  bank_account_number: string | null
  bank_account_holder: string | null
  ewallet_provider: string | null
  ewallet_number: string | null
  staff_notes: string | null
}

export type AdminMakerDetail = AdminMaker & { private: MakerPrivate; product_ids: string[] }

export interface MakerListQuery {
  q?: string
  status?: MakerStatus
  limit?: number
  offset?: number
}

export interface MakerListResponse {
  makers: AdminMaker[]
  count: number
  limit: number
  offset: number
}

export interface MakerResponse {
  maker: AdminMaker
}

export interface MakerDetailResponse {
  maker: AdminMakerDetail
}

/** The public fields staff may set on create and update. */
export interface MakerPublicInput {
  handle: string
  display_name: string
  story_id?: string | null
  story_en?: string | null
  crafts: Craft[]
  city?: string | null
  image_url?: string | null
}

export interface CreateMakerBody extends MakerPublicInput {
  private?: Partial<MakerPrivate>
  consents?: Partial<Record<ConsentItem, boolean>>
}

export type UpdateMakerBody = Partial<MakerPublicInput> & { private?: Partial<MakerPrivate> }

export interface RecordConsentBody {
  item: ConsentItem
  granted: boolean
}

export interface AssignProductsBody {
  add?: string[]
  remove?: string[]
}

export interface MakerChange {
  id: string
  action: string
  actor_id: string
  fields: string[]
  created_at: string
}

export interface MakerHistoryResponse {
  changes: MakerChange[]
}

/** Her portal login and open invite (docs/maker-portal-api.md): never the code, her identifier masked. */
export interface MakerAccess {
  login: { identifier_kind: "phone" | "email"; identifier_masked: string } | null
  invite: { created_at: string; expires_at: string } | null
  access_revoked_at: string | null
  /** Her logins that still work: device names and times only. */
  sessions: MakerSession[]
}

export interface MakerSession {
  id: string
  device: { os: string | null; browser: string | null }
  started_at: string
  last_seen_at: string
}

export interface MakerAccessResponse {
  access: MakerAccess
}

/** A new invite, in the one answer that carries its code. */
export interface MakerInvite {
  code: string
  link: string
  expires_at: string
}

export interface MakerInviteResponse {
  invite: MakerInvite
}

/** Body of every 4xx from the makers API. */
export interface ApiErrorBody {
  type?: string
  message: string
}
