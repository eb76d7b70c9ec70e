import type { MakerListQuery } from "./types"

/** React Query keys; invalidating `makerKeys.all` refreshes every maker view. */
export const makerKeys = {
  all: ["makers"] as const,
  lists: () => [...makerKeys.all, "list"] as const,
  list: (query: MakerListQuery) => [...makerKeys.lists(), query] as const,
  everyone: () => [...makerKeys.all, "everyone"] as const,
  detail: (id: string) => [...makerKeys.all, "detail", id] as const,
  history: (id: string) => [...makerKeys.all, "history", id] as const,
  access: (id: string) => [...makerKeys.all, "access", id] as const,
  ofProduct: (productId: string) => [...makerKeys.all, "of-product", productId] as const,
}

export const productKeys = {
  byIds: (ids: string[]) => ["rk-products", "by-ids", ids] as const,
  search: (q: string) => ["rk-products", "search", q] as const,
}

export const userKeys = {
  everyone: () => [...makerKeys.all, "everyone"] as const,
  detail: (id: string) => ["rk-users", id] as const,
}
