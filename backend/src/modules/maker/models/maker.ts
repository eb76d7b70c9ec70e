import { model } from "@medusajs/framework/utils"
import { MAKER_STATUSES } from "../types"

/**
 * A maker's public profile: what the store may show, each item only with her consent (see maker_consent).
 * Her private data is in maker_private, deliberately without a relation from here, so that no query that
 * starts at a maker (or at a product, through the link) can ever reach it.
 */
const Maker = model
  .define("maker", {
    id: model.id({ prefix: "mkr" }).primaryKey(),
    handle: model.text().unique(),
    display_name: model.text(),
    story_id: model.text().nullable(),
    story_en: model.text().nullable(),
    crafts: model.array(),
    city: model.text().nullable(),
    image_url: model.text().nullable(),
    joined_at: model.dateTime(),
    status: model.enum([...MAKER_STATUSES]).default("active"),
    is_collective: model.boolean().default(false),
    /**
     * Portal tokens issued before this moment no longer work (set when staff reset her access, or when a new
     * invite replaces her login). Never part of any public or admin maker shape.
     */
    access_revoked_at: model.dateTime().nullable(),
  })
  .indexes([{ name: "IDX_maker_single_collective", on: ["is_collective"], unique: true, where: "is_collective = true AND deleted_at IS NULL" }])
  .checks([
    { name: "CHK_maker_handle_format", expression: (columns) => `${columns.handle} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(${columns.handle}) BETWEEN 3 AND 60` },
  ])

export default Maker
