import { model } from "@medusajs/framework/utils"

/**
 * A single-use invitation to the makers' portal, valid for a few days. Only a keyed hash of the code is
 * stored: the code itself is shown once, to the staff member who created it. An invite ends when she uses it
 * (used_at), or when a newer invite or an access reset replaces it (revoked_at).
 */
const MakerInvite = model
  .define("maker_invite", {
    id: model.id({ prefix: "mkrinv" }).primaryKey(),
    maker_id: model.text(),
    code_hash: model.text().unique(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    revoked_at: model.dateTime().nullable(),
    /** The staff user who created it. */
    created_by: model.text(),
  })
  .indexes([{ on: ["maker_id"] }])

export default MakerInvite
