import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import MakerChange from "./models/maker-change"
import MakerConsent from "./models/maker-consent"
import MakerInvite from "./models/maker-invite"
import MakerItemProgress from "./models/maker-item-progress"
import Maker from "./models/maker"
import MakerPrivate from "./models/maker-private"
import MakerSession from "./models/maker-session"
import MakerUpload from "./models/maker-upload"
import ProductReview from "./models/product-review"
import {
  currentConsentsByMaker,
  FALLBACK_COLLECTIVE_SUMMARY,
  sortForStore,
  toPublicMaker,
  toPublicSummary,
} from "./public-view"
import { isActiveSession, LAST_SEEN_RESOLUTION_MS, type DeviceLabel } from "./session-rules"
import {
  COLLECTIVE,
  CONSENT_ITEMS,
  PUBLIC_MAKER_COLUMNS,
  SYSTEM_ACTOR,
  type ConsentRecord,
  type Consents,
  type MakerInviteRow,
  type MakerRow,
  type MakerSessionRow,
  type PublicMaker,
  type ProductReviewRow,
  type PublicMakerSummary,
} from "./types"

const CONSENT_COLUMNS = ["id", "maker_id", "item", "granted", "recorded_by", "recorded_at"]
const publicSelect = () => [...PUBLIC_MAKER_COLUMNS] as string[]

/**
 * The maker module: Medusa's generated CRUD for makers, their private data, consent records and change
 * history, plus the public view. Every method that serves the store selects PUBLIC_MAKER_COLUMNS only and
 * builds its result through public-view.ts.
 */
class MakerModuleService extends MedusaService({
  Maker,
  MakerPrivate,
  MakerConsent,
  MakerChange,
  MakerInvite,
  MakerUpload,
  MakerItemProgress,
  ProductReview,
  MakerSession,
}) {
  /** Current consents (latest record per item) of the given makers. */
  async listCurrentConsents(makerIds: string[]): Promise<Map<string, Consents>> {
    if (!makerIds.length) return new Map()
    const records = (await this.listMakerConsents(
      { maker_id: makerIds },
      { select: CONSENT_COLUMNS, order: { recorded_at: "ASC", id: "ASC" } }
    )) as unknown as ConsentRecord[]
    return currentConsentsByMaker(records)
  }

  /** Makers the public may see, in the store's order (the Collective last), one page of them. */
  async listPublicMakers({ skip, take }: { skip: number; take: number }): Promise<[PublicMaker[], number]> {
    const rows = (await this.listMakers(
      { $or: [{ status: "active" }, { is_collective: true }] },
      { select: publicSelect() }
    )) as unknown as MakerRow[]
    const consents = await this.listCurrentConsents(rows.map((row) => row.id))
    const visible = sortForStore(
      rows.map((row) => toPublicMaker(row, consents.get(row.id))).filter((m): m is PublicMaker => m !== null)
    )
    return [visible.slice(skip, skip + take), visible.length]
  }

  /** A maker the public may see, by handle; null when unknown, hidden or without display-name consent. */
  async retrievePublicMakerByHandle(handle: string): Promise<PublicMaker | null> {
    const [row] = (await this.listMakers({ handle }, { select: publicSelect(), take: 1 })) as unknown as MakerRow[]
    if (!row) return null
    const consents = await this.listCurrentConsents([row.id])
    return toPublicMaker(row, consents.get(row.id))
  }

  /** Ids of the makers whose products the public sees under the Collective's name (hidden or unnamed). */
  async listMakerIdsShownAsCollective(): Promise<string[]> {
    const rows = (await this.listMakers({}, { select: publicSelect() })) as unknown as MakerRow[]
    const consents = await this.listCurrentConsents(rows.map((row) => row.id))
    return rows.filter((row) => !row.is_collective && !toPublicMaker(row, consents.get(row.id))).map((row) => row.id)
  }

  /** The Collective's public summary (a constant stand-in if the row is missing: products always name a maker). */
  async retrieveCollectiveSummary(): Promise<PublicMakerSummary> {
    const [collective] = (await this.listMakers({ is_collective: true }, { select: publicSelect(), take: 1 })) as unknown as MakerRow[]
    return collective ? toPublicSummary(collective, undefined, FALLBACK_COLLECTIVE_SUMMARY) : { ...FALLBACK_COLLECTIVE_SUMMARY }
  }

  /**
   * The public summary for each given maker id: her own when the public may see her, the Collective's when
   * she is hidden, withheld her name, or is unknown. Also returns the Collective's, for products without a maker.
   */
  async listPublicSummaries(
    makerIds: string[]
  ): Promise<{ byMaker: Map<string, PublicMakerSummary>; collective: PublicMakerSummary }> {
    const ids = [...new Set(makerIds)]
    const collective = await this.retrieveCollectiveSummary()
    const rows = ids.length
      ? ((await this.listMakers({ id: ids }, { select: publicSelect() })) as unknown as MakerRow[])
      : []
    const consents = await this.listCurrentConsents(rows.map((row) => row.id))
    const byId = new Map(rows.map((row) => [row.id, row]))
    const byMaker = new Map(ids.map((id) => [id, toPublicSummary(byId.get(id), consents.get(id), collective)]))
    return { byMaker, collective }
  }

  async retrieveCollective(): Promise<MakerRow | null> {
    const [collective] = (await this.listMakers({ is_collective: true }, { take: 1 })) as unknown as MakerRow[]
    return collective ?? null
  }

  /**
   * The Collective, created on first need (every store has one, demo or not). Safe to call concurrently:
   * a unique index allows one Collective, and a lost race reads the winner's row.
   */
  async ensureCollective(): Promise<{ collective: MakerRow; created: boolean }> {
    const existing = await this.retrieveCollective()
    if (existing) return { collective: existing, created: false }
    try {
      const collective = (await this.createMakers({
        handle: COLLECTIVE.handle,
        display_name: COLLECTIVE.display_name,
        story_id: COLLECTIVE.story_id,
        story_en: COLLECTIVE.story_en,
        crafts: [...COLLECTIVE.crafts],
        city: COLLECTIVE.city,
        image_url: null,
        joined_at: new Date(),
        status: "active",
        is_collective: true,
      })) as unknown as MakerRow
      const now = new Date()
      await this.createMakerConsents(
        CONSENT_ITEMS.map((item) => ({ maker_id: collective.id, item, granted: true, recorded_by: SYSTEM_ACTOR, recorded_at: now }))
      )
      await this.createMakerChanges({ maker_id: collective.id, action: "created", actor_id: SYSTEM_ACTOR, fields: ["collective"] })
      return { collective, created: true }
    } catch (error) {
      const winner = await this.retrieveCollective()
      if (winner) return { collective: winner, created: false }
      throw error
    }
  }

  /** Her invites that can still be accepted (not used, replaced or expired). */
  async listOpenInvites(makerId: string, at: Date = new Date()): Promise<MakerInviteRow[]> {
    return (await this.listMakerInvites(
      { maker_id: makerId, used_at: null, revoked_at: null, expires_at: { $gt: at } },
      { order: { created_at: "DESC" } }
    )) as unknown as MakerInviteRow[]
  }

  /** The invite a code's hash opens, if it can still be accepted; null otherwise (whatever the reason). */
  async retrieveOpenInviteByHash(codeHash: string, at: Date = new Date()): Promise<MakerInviteRow | null> {
    const [invite] = (await this.listMakerInvites(
      { code_hash: codeHash, used_at: null, revoked_at: null, expires_at: { $gt: at } },
      { take: 1 }
    )) as unknown as MakerInviteRow[]
    return invite ?? null
  }

  /**
   * Marks an invite used, in one conditional update: of two acceptances of the same code at the same moment,
   * exactly one wins. False when the invite was used, replaced or expired meanwhile.
   */
  @InjectManager()
  async claimInvite(id: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const rows = await sharedContext.manager!.execute(
      `update "maker_invite" set "used_at" = now(), "updated_at" = now()
       where "id" = ? and "used_at" is null and "revoked_at" is null and "deleted_at" is null and "expires_at" > now()
       returning "id"`,
      [id]
    )
    return Array.isArray(rows) && rows.length === 1
  }

  /** The latest review row of each given product (products never reviewed are absent). */
  async listLatestProductReviews(productIds: string[]): Promise<Map<string, ProductReviewRow>> {
    const ids = [...new Set(productIds)]
    if (!ids.length) return new Map()
    const rows = (await this.listProductReviews(
      { product_id: ids },
      { order: { created_at: "DESC", id: "DESC" } }
    )) as unknown as ProductReviewRow[]
    const latest = new Map<string, ProductReviewRow>()
    for (const row of rows) if (!latest.has(row.product_id)) latest.set(row.product_id, row)
    return latest
  }

  /**
   * Notes a request made with one of her logins: the first request of a token records it (a concurrent first
   * request finds the other's row), later ones refresh last_seen_at now and then. Ended logins are reported,
   * for the caller to refuse.
   */
  async recordSessionUse(input: {
    maker_id: string
    key_hash: string
    device: DeviceLabel
    started_at: Date
    expires_at: Date | null
    now?: Date
  }): Promise<{ id: string; ended: boolean }> {
    const now = input.now ?? new Date()
    const find = async () =>
      ((await this.listMakerSessions({ key_hash: input.key_hash }, { take: 1 })) as unknown as MakerSessionRow[])[0]
    let row = await find()
    if (!row) {
      try {
        row = (await this.createMakerSessions({
          maker_id: input.maker_id,
          key_hash: input.key_hash,
          device_os: input.device.os,
          device_browser: input.device.browser,
          started_at: input.started_at,
          expires_at: input.expires_at,
          last_seen_at: now,
        })) as unknown as MakerSessionRow
      } catch (error) {
        row = await find()
        if (!row) throw error
      }
    } else if (!row.ended_at && now.getTime() - new Date(row.last_seen_at).getTime() > LAST_SEEN_RESOLUTION_MS) {
      await this.updateMakerSessions({ id: row.id, last_seen_at: now })
    }
    return { id: row.id, ended: Boolean(row.ended_at) || row.maker_id !== input.maker_id }
  }

  /** Her logins that still work, the latest first. */
  async listActiveSessions(makerId: string, now: Date = new Date()): Promise<MakerSessionRow[]> {
    const maker = await this.retrieveMakerOrFail(makerId)
    const rows = (await this.listMakerSessions(
      { maker_id: makerId, ended_at: null },
      { order: { last_seen_at: "DESC", id: "DESC" }, take: 200 }
    )) as unknown as MakerSessionRow[]
    return rows.filter((row) => isActiveSession(row, maker.access_revoked_at ?? null, now))
  }

  /** A maker by id, or a 404 naming only the id. */
  async retrieveMakerOrFail(id: string): Promise<MakerRow> {
    const [maker] = (await this.listMakers({ id }, { take: 1 })) as unknown as MakerRow[]
    if (!maker) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker with id ${id} was not found`)
    return maker
  }
}

export default MakerModuleService
