import { model } from "@medusajs/framework/utils"

/**
 * A product photo a maker uploaded through the portal: only the cleaned WebP variants made by
 * @rumah-karya/media are stored (in Medusa's File module), never her original file, its name or its metadata.
 * `variants` is [{ width, height, url, file_id }], smallest first; width and height are the largest variant's.
 * A product submission accepts only uploads of the same maker.
 */
const MakerUpload = model
  .define("maker_upload", {
    id: model.id({ prefix: "mkrupl" }).primaryKey(),
    maker_id: model.text(),
    variants: model.json(),
    width: model.number(),
    height: model.number(),
    /** What to paint while a variant loads: { color: "#rrggbb" }. */
    placeholder: model.json(),
  })
  .indexes([{ on: ["maker_id"] }])

export default MakerUpload
