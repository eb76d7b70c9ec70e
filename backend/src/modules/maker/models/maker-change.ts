import { model } from "@medusajs/framework/utils"

/**
 * Who changed what on a maker, and when (created_at). Field names only, never values: the history may be
 * read by any staff member, and private values must not spread beyond maker_private.
 */
const MakerChange = model
  .define("maker_change", {
    id: model.id({ prefix: "mkrch" }).primaryKey(),
    maker_id: model.text(),
    action: model.text(),
    actor_id: model.text(),
    fields: model.array(),
  })
  .indexes([{ on: ["maker_id", "created_at"] }])

export default MakerChange
