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
 */
import { httpError, storeSend } from "./client"

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
