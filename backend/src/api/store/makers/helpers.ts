import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { productIdsByMaker } from "../../../workflows/utils/product-makers"

export interface StoreMakerProduct {
  id: string
  handle: string
  title: string
  thumbnail: string | null
}

/** The published products of these makers that are sold in one of the given sales channels, by title. */
export async function publishedProductsOf(
  scope: Pick<MedusaContainer, "resolve">,
  makerIds: string[],
  salesChannelIds: string[]
): Promise<StoreMakerProduct[]> {
  const byMaker = await productIdsByMaker(scope, makerIds)
  const productIds = [...new Set([...byMaker.values()].flat())]
  if (!productIds.length || !salesChannelIds.length) return []

  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: inChannel } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { product_id: productIds, sales_channel_id: salesChannelIds },
  })
  const sold = [...new Set(inChannel.map((row: { product_id: string }) => row.product_id))]
  if (!sold.length) return []

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "thumbnail"],
    filters: { id: sold, status: ProductStatus.PUBLISHED },
  })
  return products
    .map((p: StoreMakerProduct) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail ?? null }))
    .sort((a: StoreMakerProduct, b: StoreMakerProduct) => a.title.localeCompare(b.title, "id") || a.id.localeCompare(b.id))
}
