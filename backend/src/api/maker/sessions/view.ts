import type { MakerSessionRow } from "../../../modules/maker/types"

/** A login as she and staff see it: the device's system and browser names and when, nothing else. */
export const toSessionView = (session: MakerSessionRow) => ({
  id: session.id,
  device: { os: session.device_os, browser: session.device_browser },
  started_at: new Date(session.started_at).toISOString(),
  last_seen_at: new Date(session.last_seen_at).toISOString(),
})
