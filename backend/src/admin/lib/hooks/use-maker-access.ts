import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { makersApi } from "../api"
import { makerKeys } from "../query-keys"

/** Her portal login (masked) and open invite (without its code). */
export const useMakerAccess = (id: string) =>
  useQuery({
    queryKey: makerKeys.access(id),
    queryFn: () => makersApi.access(id),
    select: (data) => data.access,
  })

/**
 * "Invite to the portal", "Reset access" and "Log out everywhere" (her login stays). Both answer a new invite with its code, which is shown once: it
 * is kept only in the component's state, and the mutation forgets it at once (gcTime 0).
 */
export const useMakerAccessActions = (id: string) => {
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries({ queryKey: makerKeys.all })
  const invite = useMutation({ mutationFn: () => makersApi.invite(id), onSuccess: refresh, gcTime: 0 })
  const reset = useMutation({ mutationFn: () => makersApi.resetAccess(id), onSuccess: refresh, gcTime: 0 })
  const endSessions = useMutation({ mutationFn: () => makersApi.endSessions(id), onSuccess: refresh })
  return { invite, reset, endSessions }
}
