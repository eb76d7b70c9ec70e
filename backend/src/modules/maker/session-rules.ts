import { createHash } from "node:crypto"
import Bowser from "bowser"

/** How long a login stays valid when its token has no expiry of its own (Medusa's default JWT lifetime). */
export const DEFAULT_SESSION_HOURS = 24
/** Last-seen times are written at most this often, so that reading pages does not write on every request. */
export const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000

export interface DeviceLabel {
  os: string | null
  browser: string | null
}

/** "Android" and "Chrome" from a user agent: names only, no versions or models, nothing that narrows her down. */
export function deviceOf(userAgent: string | undefined | null): DeviceLabel {
  if (!userAgent || userAgent.length > 1000) return { os: null, browser: null }
  const parsed = Bowser.parse(userAgent)
  return { os: parsed.os.name || null, browser: parsed.browser.name || null }
}

/** The stored key of a login: a hash of its bearer token, or of the cookie session's id. Never the token itself. */
export function sessionKeyHash(credential: { bearer?: string | null; sessionId?: string | null }): string | null {
  const source = credential.bearer ? `bearer:${credential.bearer}` : credential.sessionId ? `session:${credential.sessionId}` : null
  return source ? createHash("sha256").update(source).digest("hex") : null
}

export interface SessionRow {
  id: string
  started_at: Date | string
  expires_at: Date | string | null
  ended_at: Date | string | null
}

const time = (value: Date | string) => new Date(value).getTime()

/**
 * Still usable: not ended one by one, not started before she (or staff) logged her out everywhere, not expired.
 * Tokens carry their issue time in whole seconds, hence the comparison at that precision (as the middleware).
 */
export function isActiveSession(row: SessionRow, accessRevokedAt: Date | string | null, now: Date = new Date()): boolean {
  if (row.ended_at) return false
  if (accessRevokedAt && Math.floor(time(row.started_at) / 1000) < Math.floor(time(accessRevokedAt) / 1000)) return false
  const expires = row.expires_at ? time(row.expires_at) : time(row.started_at) + DEFAULT_SESSION_HOURS * 3600 * 1000
  return expires > now.getTime()
}
