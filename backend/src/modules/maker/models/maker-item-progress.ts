import { model } from "@medusajs/framework/utils"

/**
 * Her work on one order line item: when she said it is ready to hand over (ready_at), and who said so
 * (marked_by: her maker id, or the staff user who marked it for her). One row per line item, written once:
 * marking an item ready again changes nothing. No buyer data: order and line item are referenced by id only.
 */
const MakerItemProgress = model
  .define("maker_item_progress", {
    id: model.id({ prefix: "mkrip" }).primaryKey(),
    line_item_id: model.text().unique(),
    order_id: model.text(),
    maker_id: model.text(),
    ready_at: model.dateTime(),
    marked_by: model.text(),
  })
  .indexes([{ on: ["maker_id"] }, { on: ["order_id"] }])

export default MakerItemProgress
