import { model } from "@medusajs/framework/utils"
import { PAYOUT_METHODS } from "../types"

/**
 * A maker's private data: never shown to the public, read only by admin routes, never logged.
 * One row per maker, joined by maker_id alone (no relation: see models/maker.ts).
 */
const MakerPrivate = model.define("maker_private", {
  id: model.id({ prefix: "mkrp" }).primaryKey(),
  maker_id: model.text().unique(),
  legal_name: model.text().nullable(),
  phone: model.text().nullable(),
  whatsapp: model.text().nullable(),
  address: model.text().nullable(),
  payout_method: model.enum([...PAYOUT_METHODS]).nullable(),
  bank_name: model.text().nullable(),
  bank_account_number: model.text().nullable(),
  bank_account_holder: model.text().nullable(),
  ewallet_provider: model.text().nullable(),
  ewallet_number: model.text().nullable(),
  staff_notes: model.text().nullable(),
})

export default MakerPrivate
