import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

// The product review queue (docs/maker-portal-api.md, "Product review"): types, API calls and hooks.

export interface ProductReviewItem {
  product: {
    id: string
    title: string
    description: string | null
    thumbnail: string | null
    images: { id: string; url: string }[]
    category: string | null
    price_idr: number | null
    price_usd: number | null
    suggested_price_usd: number | null
    made_to_order: boolean
    lead_time_days: number | null
    stock: number
  }
  maker: { id: string; display_name: string; handle: string } | null
  submitted_at: string
}

export interface ProductReviewList {
  reviews: ProductReviewItem[]
  count: number
  limit: number
  offset: number
}

const reviewKeys = { all: ["rk-product-reviews"] as const }

export const productReviewsApi = {
  list: () => sdk.client.fetch<ProductReviewList>("/admin/product-reviews", { query: { limit: 100 } }),
  approve: (productId: string, body: { price_usd?: number }) =>
    sdk.client.fetch(`/admin/product-reviews/${productId}/approve`, { method: "POST", body }),
  giveBack: (productId: string, note: string) =>
    sdk.client.fetch(`/admin/product-reviews/${productId}/return`, { method: "POST", body: { note } }),
}

export const useProductReviews = () => useQuery({ queryKey: reviewKeys.all, queryFn: productReviewsApi.list })

/** Approve or return; the queue reloads after either. */
export const useReviewDecision = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (decision: { productId: string } & ({ approve: true; price_usd?: number } | { approve: false; note: string })) =>
      decision.approve
        ? productReviewsApi.approve(decision.productId, decision.price_usd === undefined ? {} : { price_usd: decision.price_usd })
        : productReviewsApi.giveBack(decision.productId, decision.note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  })
}
