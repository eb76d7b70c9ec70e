/**
 * The makers' portal's backend calls: log in, accept an invitation, read who she is. The only place that
 * knows these routes. Every answer becomes a typed result with an error kind; the backend's own (English)
 * message is never shown to her. The JWT is handed back to the caller, who keeps it in an httpOnly cookie
 * (lib/session.ts); nothing here stores it.
 *
 *   POST /auth/maker/emailpass  { email: phone or email, password } → { token }   401 wrong pair, 429 too many tries
 *   POST /maker/invites/accept  { code, identifier, password }       → { token }   400 bad code or password rule,
 *                                                                                  409 identifier used, 429
 *   GET  /maker/me (Bearer)     → { maker }                                          401 missing/expired/revoked token
 *
 * Her products, photos and orders (docs/maker-portal-api.md, issue 6 contract), all with her Bearer token:
 *   POST /maker/uploads (multipart `file`)      → 201 { upload }     400/413/415 { code } refusal, 401
 *   GET  /maker/products                         → { products }
 *   GET  /maker/products/:id                     → { product }        404 not hers (or none)
 *   POST /maker/products                         → 201 { product }    400 invalid body
 *   POST /maker/products/:id                     → { product }        400, 404
 *   POST /maker/products/:id/pause | /resume     → { product }        400 wrong state, 404
 *   GET  /maker/price-hint?category=             → { hint }
 *   GET  /maker/orders                           → { items }
 *   POST /maker/orders/items/:id/ready           → { item }           404
 */
import { getBackendUrl, getPublishableKey } from "../config"
import { httpError, storeSend } from "./client"
import {
  toPortalOrderItem,
  toPortalProduct,
  toUpload,
  type PortalOrderItem,
  type PortalProduct,
  type PortalUpload,
  type PriceHint,
  type RawMakerOrderItem,
  type RawMakerProduct,
  type RawUpload,
} from "./maker-shapes"

export type MakerLoginError = "invalid" | "rateLimited" | "error"
export type InviteError = "invalidCode" | "passwordRule" | "identifierInvalid" | "identifierTaken" | "rateLimited" | "error"

export type MakerAuthResult<E extends string> = { ok: true; token: string } | { ok: false; reason: E }

export type MakerLogin = { identifierKind: "phone" | "email"; identifierMasked: string }

export type PortalMaker = {
  id: string
  handle: string
  displayName: string
  status: string
  crafts: string[]
  city: string | null
  login: MakerLogin
}

export type MakerMeResult = { ok: true; maker: PortalMaker } | { ok: false; reason: "unauthorized" | "error" }

type RawMaker = {
  id: string
  handle: string
  display_name: string
  status: string
  crafts?: string[] | null
  city?: string | null
  login?: { identifier_kind?: string; identifier_masked?: string } | null
}

function tokenOf(result: { token?: unknown } | null | undefined): string | null {
  return typeof result?.token === "string" && result.token ? result.token : null
}

/** Logs a maker in with her phone number or email and her PIN or password. */
export async function makerLogin(identifier: string, password: string): Promise<MakerAuthResult<MakerLoginError>> {
  try {
    const result = await storeSend<{ token?: string }>("/auth/maker/emailpass", {
      method: "POST",
      // Medusa's emailpass provider names the identifier "email"; the backend accepts a phone number there.
      body: { email: identifier, password },
    })
    const token = tokenOf(result)
    return token ? { ok: true, token } : { ok: false, reason: "error" }
  } catch (error) {
    return { ok: false, reason: loginErrorKind(error) }
  }
}

export function loginErrorKind(error: unknown): MakerLoginError {
  const { status } = httpError(error)
  if (status === 401 || status === 400) return "invalid"
  if (status === 429) return "rateLimited"
  return "error"
}

/** Creates her login from an invitation code: her identifier and PIN or password; logged in at once. */
export async function acceptInvite(input: {
  code: string
  identifier: string
  password: string
}): Promise<MakerAuthResult<InviteError>> {
  try {
    const result = await storeSend<{ token?: string }>("/maker/invites/accept", {
      method: "POST",
      body: { code: input.code, identifier: input.identifier, password: input.password },
    })
    const token = tokenOf(result)
    return token ? { ok: true, token } : { ok: false, reason: "error" }
  } catch (error) {
    return { ok: false, reason: inviteErrorKind(error) }
  }
}

/**
 * What a refused invitation means. A 400 is a bad code (the backend says only that, the same for unknown,
 * used and expired codes) unless its message is about the password or the identifier.
 */
export function inviteErrorKind(error: unknown): InviteError {
  const { status, message } = httpError(error)
  if (status === 400) {
    if (/password|pin\b/i.test(message)) return "passwordRule"
    if (/identifier|phone|email/i.test(message)) return "identifierInvalid"
    return "invalidCode"
  }
  if (status === 409) return "identifierTaken"
  if (status === 429) return "rateLimited"
  return "error"
}

/** Who is logged in: "unauthorized" when the token is missing, expired or revoked (staff reset her access). */
export async function getMakerMe(token: string): Promise<MakerMeResult> {
  try {
    const { maker } = await storeSend<{ maker: RawMaker }>("/maker/me", { token })
    return { ok: true, maker: toPortalMaker(maker) }
  } catch (error) {
    return { ok: false, reason: meErrorKind(error) }
  }
}

export function meErrorKind(error: unknown): "unauthorized" | "error" {
  const { status } = httpError(error)
  // 403: a token of another actor (a customer's); 404: her maker record is gone.
  return status === 401 || status === 403 || status === 404 ? "unauthorized" : "error"
}

export function toPortalMaker(raw: RawMaker): PortalMaker {
  return {
    id: raw.id,
    handle: raw.handle,
    displayName: raw.display_name,
    status: raw.status,
    crafts: raw.crafts ?? [],
    city: raw.city ?? null,
    login: {
      identifierKind: raw.login?.identifier_kind === "email" ? "email" : "phone",
      identifierMasked: raw.login?.identifier_masked ?? "",
    },
  }
}

// ---------- her products, photos and orders ----------

/**
 * Why a portal request failed: "unauthorized" (no, expired or revoked token: log in again), "notFound" (not
 * hers, or gone: the backend says 404 for both), "invalid" (the backend refused the body or the state, e.g.
 * resuming a product that must be checked first), "error" (anything else: try again later).
 */
export type PortalError = "unauthorized" | "notFound" | "invalid" | "error"

/** On "invalid", the fields the backend named (its field names: title, price_idr, upload_ids…), when it did. */
export type PortalResult<T> = ({ ok: true } & T) | { ok: false; reason: PortalError; fields?: string[] }

/**
 * The fields a 400 is about, read from the backend's own messages ("Invalid request: Field 'title' must be …;
 * Field 'price_idr' …", "Unknown photo", "Unknown category"); never shown to her, only used to point at a field.
 */
export function refusedFields(message: string): string[] {
  const fields = [...message.matchAll(/Field '([a-z_]+)'/g)].map((match) => match[1])
  if (/\bUnknown photo\b/.test(message)) fields.push("upload_ids")
  if (/\bUnknown category\b/.test(message)) fields.push("category")
  return [...new Set(fields)]
}

export function portalErrorKind(error: unknown): PortalError {
  const { status } = httpError(error)
  if (status === 401 || status === 403) return "unauthorized"
  if (status === 404) return "notFound"
  if (status === 400) return "invalid"
  return "error"
}

/** A backend call as a typed result: failures become an error kind (and the refused fields), never a throw. */
export async function portalCall<R, T>(run: () => Promise<R>, read: (raw: R) => T): Promise<PortalResult<T>> {
  let raw: R
  try {
    raw = await run()
  } catch (error) {
    const reason = portalErrorKind(error)
    const fields = reason === "invalid" ? refusedFields(httpError(error).message) : []
    return fields.length > 0 ? { ok: false, reason, fields } : { ok: false, reason }
  }
  try {
    return { ok: true, ...read(raw) }
  } catch {
    // A malformed answer: an error, never a logout.
    return { ok: false, reason: "error" }
  }
}

const productPath = (id: string) => `/maker/products/${encodeURIComponent(id)}` as const

/** What she sends for a new product (the backend's names and units: whole rupiah, days). */
export type NewProductInput = {
  title: string
  description?: string
  category: string
  price_idr: number
  made_to_order: boolean
  stock?: number
  lead_time_days?: number
  upload_ids: string[]
}

export type ProductChanges = Partial<NewProductInput>

export async function listMakerProducts(token: string): Promise<PortalResult<{ products: PortalProduct[] }>> {
  return portalCall(
    () => storeSend<{ products: RawMakerProduct[] }>("/maker/products", { token }),
    (raw) => ({ products: raw.products.map(toPortalProduct) })
  )
}

export async function getMakerProduct(token: string, id: string): Promise<PortalResult<{ product: PortalProduct }>> {
  return portalCall(
    () => storeSend<{ product: RawMakerProduct }>(productPath(id), { token }),
    (raw) => ({ product: toPortalProduct(raw.product) })
  )
}

export async function createMakerProduct(
  token: string,
  input: NewProductInput
): Promise<PortalResult<{ product: PortalProduct }>> {
  return portalCall(
    () => storeSend<{ product: RawMakerProduct }>("/maker/products", { method: "POST", token, body: withoutUndefined(input) }),
    (raw) => ({ product: toPortalProduct(raw.product) })
  )
}

export async function updateMakerProduct(
  token: string,
  id: string,
  changes: ProductChanges
): Promise<PortalResult<{ product: PortalProduct }>> {
  return portalCall(
    () => storeSend<{ product: RawMakerProduct }>(productPath(id), { method: "POST", token, body: withoutUndefined(changes) }),
    (raw) => ({ product: toPortalProduct(raw.product) })
  )
}

/** Takes a live or sold-out product off the shop ("pause"), or puts a paused one back ("resume"). */
export async function setMakerProductPaused(
  token: string,
  id: string,
  paused: boolean
): Promise<PortalResult<{ product: PortalProduct }>> {
  return portalCall(
    () => storeSend<{ product: RawMakerProduct }>(`${productPath(id)}/${paused ? "pause" : "resume"}`, { method: "POST", token, body: {} }),
    (raw) => ({ product: toPortalProduct(raw.product) })
  )
}

/** The price range of similar published products; hint null when there are none yet. */
export async function getPriceHint(token: string, category: string): Promise<PortalResult<{ hint: PriceHint | null }>> {
  return portalCall(
    () => storeSend<{ hint: PriceHint }>("/maker/price-hint", { token, query: { category } }),
    (raw) => {
      const { count, min, max } = raw.hint
      return { hint: count > 0 && typeof min === "number" && typeof max === "number" ? raw.hint : null }
    }
  )
}

export async function listMakerOrderItems(token: string): Promise<PortalResult<{ items: PortalOrderItem[] }>> {
  return portalCall(
    () => storeSend<{ items: RawMakerOrderItem[] }>("/maker/orders", { token }),
    (raw) => ({ items: raw.items.map(toPortalOrderItem) })
  )
}

export async function markOrderItemReady(token: string, itemId: string): Promise<PortalResult<{ item: PortalOrderItem }>> {
  return portalCall(
    () =>
      storeSend<{ item: RawMakerOrderItem }>(`/maker/orders/items/${encodeURIComponent(itemId)}/ready`, {
        method: "POST",
        token,
        body: {},
      }),
    (raw) => ({ item: toPortalOrderItem(raw.item) })
  )
}

function withoutUndefined<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined))
}

// ---------- one photo, passed through ----------

/** The backend's reasons to refuse a photo (docs/maker-portal-api.md), and ours: "unauthorized", "error". */
export const UPLOAD_REFUSALS = [
  "no_file",
  "empty",
  "too_large",
  "unsupported_type",
  "too_many_pixels",
  "corrupt",
  "one_photo",
  "invalid_form",
] as const
export type UploadRefusal = (typeof UPLOAD_REFUSALS)[number]
export type UploadErrorCode = UploadRefusal | "unauthorized" | "error"

export type UploadResult = { ok: true; upload: PortalUpload } | { ok: false; status: number; code: UploadErrorCode }

export function isUploadRefusal(value: unknown): value is UploadRefusal {
  return typeof value === "string" && (UPLOAD_REFUSALS as readonly string[]).includes(value)
}

/**
 * Sends one photo to POST /maker/uploads as it arrives from her phone: the multipart body is streamed through
 * untouched (the backend reads and checks it; the storefront never holds the photo). `contentType` is the
 * browser's multipart header with its boundary.
 */
export async function uploadMakerPhoto(
  token: string,
  body: ReadableStream<Uint8Array> | Blob | FormData,
  contentType: string | null
): Promise<UploadResult> {
  let response: Response
  try {
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": getPublishableKey(),
    }
    if (contentType && !(body instanceof FormData)) headers["content-type"] = contentType
    response = await fetch(`${getBackendUrl()}/maker/uploads`, {
      method: "POST",
      headers,
      body,
      cache: "no-store",
      // A stream body is sent as it is read (Node's fetch requires saying so).
      ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit)
  } catch {
    return { ok: false, status: 502, code: "error" }
  }
  const json = (await response.json().catch(() => null)) as { upload?: RawUpload; code?: unknown } | null
  if (response.ok && json?.upload && typeof json.upload.id === "string") {
    return { ok: true, upload: toUpload(json.upload) }
  }
  if (response.status === 401 || response.status === 403) return { ok: false, status: 401, code: "unauthorized" }
  if (response.status === 413) return { ok: false, status: 413, code: "too_large" }
  if (response.status === 415) return { ok: false, status: 415, code: "unsupported_type" }
  if (response.status === 400 && isUploadRefusal(json?.code)) return { ok: false, status: 400, code: json.code }
  return { ok: false, status: 502, code: "error" }
}
