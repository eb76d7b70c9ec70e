import { model } from "@medusajs/framework/utils"
import { CONSENT_ITEMS } from "../types"

/**
 * One consent decision for one public item, as staff recorded it. Append-only: a change of mind is a new
 * record, and the current consent for an item is its latest record (public-view.ts, currentConsents).
 */
const MakerConsent = model
  .define("maker_consent", {
    id: model.id({ prefix: "mkrc" }).primaryKey(),
    maker_id: model.text(),
    item: model.enum([...CONSENT_ITEMS]),
    granted: model.boolean(),
    recorded_by: model.text(),
    recorded_at: model.dateTime(),
  })
  .indexes([{ on: ["maker_id", "item", "recorded_at"] }])

export default MakerConsent
