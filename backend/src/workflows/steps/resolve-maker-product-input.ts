import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { MAKER_CATEGORY_HANDLES, UNKNOWN_PHOTO_MESSAGE } from "../../modules/maker/product-rules"
import { storeStockLocationId } from "../utils/maker-products"

export interface ResolveMakerProductInput {
  maker_id: string
  category?: string
  upload_ids?: string[]
  /** Also find the default sales channel, shipping profile and stock location (for a new product). */
  with_setup?: boolean
}

type UploadVariant = { width: number; height: number; url: string }

export interface ResolvedMakerProductInput {
  category_id?: string
  /** One per upload, in her order: the largest variant's URL, and the upload's id in the image's metadata. */
  images?: { url: string; metadata: { upload_id: string } }[]
  /** The first photo at listing size (the smallest variant at least 800 px wide, else the largest). */
  thumbnail?: string
  sales_channel_id?: string
  shipping_profile_id?: string
  location_id?: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Turns her choices into Medusa ids before anything is written: the category handle into its id, her upload
 * ids into product images. Only her own uploads are accepted; any other id is "Unknown photo" (whether it
 * does not exist or is another maker's, which is not said).
 */
export const resolveMakerProductInputStep = createStep(
  "resolve-maker-product-input",
  async (input: ResolveMakerProductInput, { container }) => {
    const result: ResolvedMakerProductInput = {}

    if (input.category !== undefined) {
      if (!(MAKER_CATEGORY_HANDLES as readonly string[]).includes(input.category)) throw invalid("Unknown category")
      const [category] = await container
        .resolve(Modules.PRODUCT)
        .listProductCategories({ handle: input.category }, { select: ["id"], take: 1 })
      if (!category) throw invalid("Unknown category")
      result.category_id = category.id
    }

    if (input.upload_ids !== undefined) {
      const ids = [...new Set(input.upload_ids)]
      const uploads = ids.length
        ? await container
            .resolve<MakerModuleService>(MAKER_MODULE)
            .listMakerUploads({ id: ids, maker_id: input.maker_id }, { select: ["id", "variants"] })
        : []
      const byId = new Map(uploads.map((upload) => [upload.id, (upload.variants as unknown as UploadVariant[]) ?? []]))
      if (ids.some((id) => !byId.get(id)?.length)) throw invalid(UNKNOWN_PHOTO_MESSAGE)
      const sizes = input.upload_ids.map((id) => [...byId.get(id)!].sort((a, b) => a.width - b.width))
      result.images = input.upload_ids.map((id, i) => ({ url: sizes[i]!.at(-1)!.url, metadata: { upload_id: id } }))
      const first = sizes[0]
      if (first) result.thumbnail = (first.find((variant) => variant.width >= 800) ?? first.at(-1)!).url
    }

    if (input.with_setup) {
      const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"], take: 1 })
      const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" }, { select: ["id"], take: 1 })
      const locationId = await storeStockLocationId(container)
      let salesChannelId = store?.default_sales_channel_id
      if (!salesChannelId) {
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "sales_channel", fields: ["id"], pagination: { take: 1, skip: 0, order: { created_at: "ASC" } } })
        salesChannelId = (data[0] as { id: string } | undefined)?.id
      }
      if (!salesChannelId || !profile || !locationId) {
        throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no sales channel, shipping profile or stock location yet")
      }
      Object.assign(result, { sales_channel_id: salesChannelId, shipping_profile_id: profile.id, location_id: locationId })
    }
    return new StepResponse(result)
  }
)
