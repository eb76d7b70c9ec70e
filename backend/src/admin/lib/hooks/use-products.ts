import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../sdk"
import { productKeys } from "../query-keys"

const PRODUCT_FIELDS = "id,title,handle,status,thumbnail"

/** The products with these ids (GET /admin/products?id[]=…), in the order given. */
export const useProductsByIds = (ids: string[]) =>
  useQuery({
    queryKey: productKeys.byIds(ids),
    enabled: ids.length > 0,
    queryFn: async () => {
      const { products } = await sdk.admin.product.list({ id: ids, limit: ids.length, fields: PRODUCT_FIELDS })
      const byId = new Map(products.map((p) => [p.id, p]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
  })

/** Products matching a search (GET /admin/products?q=…), for the assign picker. */
export const useProductSearch = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: productKeys.search(q),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () => sdk.admin.product.list({ q: q || undefined, limit: 20, fields: PRODUCT_FIELDS }),
  })
