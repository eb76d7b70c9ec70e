import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { makersApi } from "../api"
import { makerKeys } from "../query-keys"
import type { MakerListQuery } from "../types"

/** One page of makers for the list (no private data). */
export const useMakers = (query: MakerListQuery) =>
  useQuery({
    queryKey: makerKeys.list(query),
    queryFn: () => makersApi.list(query),
    placeholderData: keepPreviousData,
  })

/** One maker with her private data and product ids. */
export const useMaker = (id: string) =>
  useQuery({
    queryKey: makerKeys.detail(id),
    queryFn: () => makersApi.retrieve(id),
    select: (data) => data.maker,
    // Private data should not linger in memory after staff leave the page.
    gcTime: 0,
  })

export const useMakerHistory = (id: string) =>
  useQuery({
    queryKey: makerKeys.history(id),
    queryFn: () => makersApi.history(id),
    select: (data) => data.changes,
  })

/** Every maker (paged through), for pickers. Makers are few: a few dozen women and the Collective. */
export const useAllMakers = () =>
  useQuery({
    queryKey: makerKeys.everyone(),
    queryFn: async () => {
      const limit = 100
      const first = await makersApi.list({ limit, offset: 0 })
      const makers = [...first.makers]
      for (let offset = limit; offset < first.count; offset += limit) {
        makers.push(...(await makersApi.list({ limit, offset })).makers)
      }
      return makers
    },
  })
