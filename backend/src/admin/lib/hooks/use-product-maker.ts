import { useQuery } from "@tanstack/react-query"
import { FetchError } from "@medusajs/js-sdk"
import { makersApi } from "../api"
import { sdk } from "../sdk"
import { makerKeys } from "../query-keys"

/**
 * The id of the maker a product belongs to, or null.
 *
 * docs/makers-api.md has no "maker of a product" read. The product ↔ maker module link
 * (backend/src/links/product-maker.ts) lets the admin product route return `maker.id`, which is Medusa's
 * standard way and carries no private data. Should the server refuse that field (400), this falls back to
 * the contract alone: the details of each maker who has products, looking for the id in `product_ids`.
 */
export const useProductMakerId = (productId: string) =>
  useQuery({
    queryKey: makerKeys.ofProduct(productId),
    queryFn: async (): Promise<string | null> => {
      try {
        const { product } = await sdk.admin.product.retrieve(productId, { fields: "id,maker.id" })
        return (product as { maker?: { id: string } | null }).maker?.id ?? null
      } catch (error) {
        if (!(error instanceof FetchError && error.status === 400)) throw error
        return findByScanning(productId)
      }
    },
  })

async function findByScanning(productId: string): Promise<string | null> {
  const limit = 100
  for (let offset = 0; ; offset += limit) {
    const page = await makersApi.list({ limit, offset })
    for (const maker of page.makers.filter((m) => m.product_count > 0)) {
      const { maker: detail } = await makersApi.retrieve(maker.id)
      if (detail.product_ids.includes(productId)) return maker.id
    }
    if (offset + limit >= page.count) return null
  }
}
