import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { renderCraftImage } from "@rumah-karya/demo-art"
import { CARE_NOTES, categories, products, type ProductSeed } from "./catalogue"
import type { StoreSetup } from "./store-setup"

// Tests draw small pictures: the drawing, not its resolution, is what they check.
const IMAGE_SIZE = Number(process.env.DEMO_IMAGE_SIZE || 1200)

/** Draws each product's pictures (one per colour) and stores them through the file module. */
async function uploadProductImages(container: MedusaContainer, product: ProductSeed, index: number) {
  const files = await Promise.all(
    product.colours.map(async (colour, colourIndex) => {
      const image = await renderCraftImage(
        { kind: product.kind, palette: colour.palette, seed: index * 7 + colourIndex },
        { size: IMAGE_SIZE, format: "webp" }
      )
      return {
        filename: `${product.handle}-${colourIndex + 1}.webp`,
        mimeType: "image/webp",
        content: image.toString("base64"),
        access: "public" as const,
      }
    })
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  return result.map((file) => file.url)
}

function variantsOf(product: ProductSeed) {
  return product.colours.flatMap((colour) =>
    product.sizes.map((size) => ({
      title: `${colour.name} / ${size.name}`,
      sku: `${product.handle}-${colour.name}-${size.name}`.toUpperCase().replace(/[^A-Z0-9]+/g, "-"),
      options: { Warna: colour.name, Ukuran: size.name },
      manage_inventory: true,
      allow_backorder: Boolean(product.made_to_order),
      weight: product.weight_grams,
      metadata: { colour_en: colour.name_en, size_en: size.name_en },
      prices: [
        { currency_code: "idr", amount: product.price_idr + size.extra_idr },
        { currency_code: "usd", amount: product.price_usd + size.extra_usd },
      ],
    }))
  )
}

/** Categories, the demo products with pictures, and their stock at the workshop (see catalogue.ts for the stock states). */
export async function importCatalogue(container: MedusaContainer, setup: StoreSetup, stockLocationId: string) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })

  const categoryIds = new Map<string, string>()
  for (const parentLevel of [false, true]) {
    const level = categories.filter((category) => Boolean(category.parent) === parentLevel)
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: level.map((category) => ({
          name: category.name,
          handle: category.handle,
          description: category.description,
          is_active: true,
          is_internal: false,
          parent_category_id: category.parent ? categoryIds.get(category.parent) : undefined,
          metadata: { name_en: category.name_en },
        })),
      },
    })
    result.forEach((category) => categoryIds.set(category.handle, category.id))
  }

  const images = await Promise.all(products.map((product, index) => uploadProductImages(container, product, index)))

  await createProductsWorkflow(container).run({
    input: {
      products: products.map((product, index) => ({
        title: product.title,
        handle: product.handle,
        subtitle: product.title_en,
        description: product.description,
        status: ProductStatus.PUBLISHED,
        category_ids: [categoryIds.get(product.category)!],
        shipping_profile_id: shippingProfile.id,
        weight: product.weight_grams,
        material: "Plastik daur ulang",
        origin_country: "id",
        thumbnail: images[index][0],
        images: images[index].map((url) => ({ url })),
        metadata: {
          title_en: product.title_en,
          description_en: product.description_en,
          lead_time_days: product.lead_time_days,
          care_id: CARE_NOTES[product.kind].id,
          care_en: CARE_NOTES[product.kind].en,
        },
        options: [
          { title: "Warna", values: product.colours.map((colour) => colour.name) },
          { title: "Ukuran", values: product.sizes.map((size) => size.name) },
        ],
        variants: variantsOf(product),
        sales_channels: [{ id: setup.salesChannelId }],
      })),
    },
  })

  const stockByHandle = new Map(products.map((product) => [product.handle, product.stock]))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.handle", "inventory_items.inventory_item_id"],
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((variant) =>
        (variant.inventory_items ?? []).map((item) => ({
          location_id: stockLocationId,
          inventory_item_id: item!.inventory_item_id,
          stocked_quantity: stockByHandle.get(variant.product!.handle) ?? 0,
        }))
      ),
    },
  })

  logger.info(`Seed: ${categories.length} categories, ${products.length} products with pictures and stock`)
}
