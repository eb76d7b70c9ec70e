// The one way to turn maker rows into what the public, or staff, may see. Pure functions, no Medusa imports:
// store routes and the product middleware build every public object through toPublicMaker/toPublicSummary,
// from the explicit PUBLIC_MAKER_COLUMNS, and never from a spread of a row.
import {
  CONSENT_ITEMS,
  CRAFTS,
  PRIVATE_FIELDS,
  type AdminMaker,
  type ConsentItem,
  type ConsentRecord,
  type Consents,
  type Craft,
  type MakerPrivateData,
  type MakerRow,
  type PublicMaker,
  type PublicMakerSummary,
} from "./types"

const iso = (value: Date | string | null | undefined): string | null =>
  value == null ? null : new Date(value).toISOString()

const time = (value: Date | string) => new Date(value).getTime()

/** Nothing consented: the state of a maker without consent records. */
export function noConsents(): Consents {
  return Object.fromEntries(
    CONSENT_ITEMS.map((item) => [item, { granted: false, recorded_at: null, recorded_by: null }])
  ) as Consents
}

/**
 * The current consent per item: the latest record for it (by recorded_at, then by id, which Medusa
 * generates in time order). Records are append-only; an item without a record is not consented.
 */
export function currentConsents(records: readonly Pick<ConsentRecord, "id" | "item" | "granted" | "recorded_at" | "recorded_by">[]): Consents {
  const consents = noConsents()
  const latest = new Map<ConsentItem, (typeof records)[number]>()
  for (const record of records) {
    if (!(CONSENT_ITEMS as readonly string[]).includes(record.item)) continue
    const current = latest.get(record.item)
    if (
      !current ||
      time(record.recorded_at) > time(current.recorded_at) ||
      (time(record.recorded_at) === time(current.recorded_at) && record.id > current.id)
    ) {
      latest.set(record.item, record)
    }
  }
  for (const [item, record] of latest) {
    consents[item] = {
      granted: record.granted === true,
      recorded_at: iso(record.recorded_at),
      recorded_by: record.recorded_by ?? null,
    }
  }
  return consents
}

/** Groups consent records by maker and reduces each group to its current consents. */
export function currentConsentsByMaker(records: readonly ConsentRecord[]): Map<string, Consents> {
  const grouped = new Map<string, ConsentRecord[]>()
  for (const record of records) {
    const list = grouped.get(record.maker_id) ?? []
    list.push(record)
    grouped.set(record.maker_id, list)
  }
  return new Map([...grouped].map(([makerId, list]) => [makerId, currentConsents(list)]))
}

const consentsOrNone = (consents: Consents | undefined) => consents ?? noConsents()

/**
 * Whether the public may see this maker at all: she is active and consented to her display name.
 * The Collective stands for group work, not for a person, and is always shown.
 */
export function isPubliclyVisible(maker: Pick<MakerRow, "status" | "is_collective">, consents: Consents | undefined) {
  if (maker.is_collective) return true
  return maker.status === "active" && consentsOrNone(consents).display_name.granted
}

const knownCrafts = (crafts: readonly string[] | null | undefined): Craft[] =>
  CRAFTS.filter((craft) => (crafts ?? []).includes(craft))

/**
 * What the public may see of a maker, or null when she may not be shown at all (hidden, or no consent to
 * her display name). Each consented item is copied by name; an item without consent is null.
 */
export function toPublicMaker(maker: MakerRow, consents: Consents | undefined): PublicMaker | null {
  if (!isPubliclyVisible(maker, consents)) return null
  const c = consentsOrNone(consents)
  const shows = (item: ConsentItem) => maker.is_collective || c[item].granted
  return {
    id: maker.id,
    handle: maker.handle,
    display_name: maker.display_name,
    story: shows("story") ? { id: maker.story_id ?? null, en: maker.story_en ?? null } : { id: null, en: null },
    crafts: knownCrafts(maker.crafts),
    city: shows("city") ? (maker.city ?? null) : null,
    image_url: shows("image") ? (maker.image_url ?? null) : null,
    joined_at: iso(maker.joined_at)!,
    is_collective: maker.is_collective === true,
  }
}

/** The Collective's summary when its row cannot be read: products must always name a maker. */
export const FALLBACK_COLLECTIVE_SUMMARY: PublicMakerSummary = Object.freeze({
  handle: "kolektif-rumah-karya",
  display_name: "Kolektif Rumah Karya",
  image_url: null,
  is_collective: true,
})

/** The summary on a product: the maker if the public may see her, else the Collective. */
export function toPublicSummary(
  maker: MakerRow | undefined,
  consents: Consents | undefined,
  collective: PublicMakerSummary
): PublicMakerSummary {
  const publicMaker = maker ? toPublicMaker(maker, consents) : null
  if (!publicMaker) return { ...collective }
  return {
    handle: publicMaker.handle,
    display_name: publicMaker.display_name,
    image_url: publicMaker.image_url,
    is_collective: publicMaker.is_collective,
  }
}

/** Public makers in the order of the store's list: people by the date they joined, the Collective last. */
export function sortForStore<T extends { is_collective: boolean; joined_at: string; handle: string }>(makers: T[]): T[] {
  return [...makers].sort((a, b) => {
    if (a.is_collective !== b.is_collective) return a.is_collective ? 1 : -1
    if (a.joined_at !== b.joined_at) return a.joined_at < b.joined_at ? -1 : 1
    return a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0
  })
}

/** The staff view of a maker, without private data (that is toMakerPrivate's, for the detail route only). */
export function toAdminMaker(maker: MakerRow, consents: Consents | undefined, productCount: number): AdminMaker {
  return {
    id: maker.id,
    handle: maker.handle,
    display_name: maker.display_name,
    story_id: maker.story_id ?? null,
    story_en: maker.story_en ?? null,
    crafts: knownCrafts(maker.crafts),
    city: maker.city ?? null,
    image_url: maker.image_url ?? null,
    joined_at: iso(maker.joined_at)!,
    is_collective: maker.is_collective === true,
    status: maker.status,
    consents: consentsOrNone(consents),
    product_count: productCount,
    created_at: iso(maker.created_at)!,
    updated_at: iso(maker.updated_at)!,
  }
}

/** Her private data, field by field; every field present, null when unknown. */
export function toMakerPrivate(row: Partial<Record<string, unknown>> | undefined): MakerPrivateData {
  return Object.fromEntries(
    PRIVATE_FIELDS.map((field) => [field, typeof row?.[field] === "string" ? row[field] : null])
  ) as MakerPrivateData
}
