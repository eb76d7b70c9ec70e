import { model } from "@medusajs/framework/utils"

/**
 * One of her portal logins (a token, or a session made from one), seen on its first request, so that she and
 * staff can see where she is logged in and end a login (DESIGN.md, privacy rule 6: traffickers watch and
 * impersonate). Only a hash of the token is kept, and a coarse device (system and browser names, no
 * versions, no address, no place). Ending every login at once is maker.access_revoked_at: a session started
 * before it is over without being marked here.
 */
const MakerSession = model
  .define("maker_session", {
    id: model.id({ prefix: "mkrses" }).primaryKey(),
    maker_id: model.text(),
    key_hash: model.text().unique(),
    device_os: model.text().nullable(),
    device_browser: model.text().nullable(),
    /** When the token was issued (its iat). */
    started_at: model.dateTime(),
    /** When the token expires (its exp); null when it carries none. */
    expires_at: model.dateTime().nullable(),
    last_seen_at: model.dateTime(),
    ended_at: model.dateTime().nullable(),
    /** Who ended it: her own maker id, or the staff user's id. */
    ended_by: model.text().nullable(),
  })
  .indexes([{ on: ["maker_id", "started_at"] }])

export default MakerSession
