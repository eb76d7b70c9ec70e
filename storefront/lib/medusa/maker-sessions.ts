/**
 * Where she is logged in (docs/maker-portal-api.md, "Her logins"), with her Bearer token:
 *   GET  /maker/sessions              → { sessions: [{ id, device: { os, browser }, started_at, last_seen_at, current }] }
 *   POST /maker/sessions/:id/end      → { ended, current }   404 not hers
 *   POST /maker/sessions/end-all      → { ended: "all" }     this phone too
 */
import { storeSend } from "./client"
import { portalCall, type PortalResult } from "./maker"

export type PortalSession = {
  id: string
  os: string | null
  browser: string | null
  startedAt: string
  lastSeenAt: string
  current: boolean
}

type RawSession = {
  id: string
  device?: { os?: unknown; browser?: unknown } | null
  started_at: string
  last_seen_at: string
  current?: unknown
}

const name = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

export function toPortalSession(raw: RawSession): PortalSession {
  if (typeof raw.id !== "string") throw new Error("malformed session")
  return {
    id: raw.id,
    os: name(raw.device?.os),
    browser: name(raw.device?.browser),
    startedAt: raw.started_at,
    lastSeenAt: raw.last_seen_at,
    current: raw.current === true,
  }
}

export async function listMakerSessions(token: string): Promise<PortalResult<{ sessions: PortalSession[] }>> {
  return portalCall(
    () => storeSend<{ sessions: RawSession[] }>("/maker/sessions", { token }),
    (raw) => ({ sessions: raw.sessions.map(toPortalSession) })
  )
}

/** Ends one login; `current` says whether it was this phone's (then she is logged out here too). */
export async function endMakerSession(token: string, id: string): Promise<PortalResult<{ current: boolean }>> {
  return portalCall(
    () => storeSend<{ current?: unknown }>(`/maker/sessions/${encodeURIComponent(id)}/end`, { method: "POST", token, body: {} }),
    (raw) => ({ current: raw.current === true })
  )
}

export async function endAllMakerSessions(token: string): Promise<PortalResult<{ ended: true }>> {
  return portalCall(
    () => storeSend<unknown>("/maker/sessions/end-all", { method: "POST", token, body: {} }),
    () => ({ ended: true as const })
  )
}
