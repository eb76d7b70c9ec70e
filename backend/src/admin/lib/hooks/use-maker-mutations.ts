import { useMutation, useQueryClient } from "@tanstack/react-query"
import { makersApi } from "../api"
import { makerKeys } from "../query-keys"
import type { AssignProductsBody, CreateMakerBody, RecordConsentBody, UpdateMakerBody } from "../types"

/** After any write, every maker view (lists, details, history, product widgets) reloads. */
const useRefreshMakers = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: makerKeys.all })
}

export const useCreateMaker = () => {
  const refresh = useRefreshMakers()
  return useMutation({
    mutationFn: (body: CreateMakerBody) => makersApi.create(body),
    onSuccess: refresh,
  })
}

export const useUpdateMaker = (id: string) => {
  const refresh = useRefreshMakers()
  return useMutation({
    mutationFn: (body: UpdateMakerBody) => makersApi.update(id, body),
    onSuccess: refresh,
  })
}

export const useRecordConsent = (id: string) => {
  const refresh = useRefreshMakers()
  return useMutation({
    mutationFn: (body: RecordConsentBody) => makersApi.recordConsent(id, body),
    onSuccess: refresh,
  })
}

export const useSetHidden = (id: string) => {
  const refresh = useRefreshMakers()
  return useMutation({
    mutationFn: (hidden: boolean) => (hidden ? makersApi.hide(id) : makersApi.unhide(id)),
    onSuccess: refresh,
  })
}

/** Assigns products to a maker (moving them from their previous maker) or gives them back to the Collective. */
export const useAssignProducts = () => {
  const refresh = useRefreshMakers()
  return useMutation({
    mutationFn: ({ makerId, ...body }: AssignProductsBody & { makerId: string }) =>
      makersApi.assignProducts(makerId, body),
    onSuccess: refresh,
  })
}
