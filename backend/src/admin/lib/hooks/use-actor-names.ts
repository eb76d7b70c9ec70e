import { useQueries } from "@tanstack/react-query"
import { sdk } from "../sdk"
import { userKeys } from "../query-keys"

/**
 * Names for the actor ids in consent records and history. Staff ids (user_…) are looked up once each via
 * GET /admin/users/:id; anything else (the maker herself, a system job) is shown as its id.
 */
export function useActorNames(ids: (string | null | undefined)[]): (id: string | null | undefined) => string {
  const userIds = [...new Set(ids.filter((id): id is string => !!id && id.startsWith("user_")))]
  const results = useQueries({
    queries: userIds.map((id) => ({
      queryKey: userKeys.detail(id),
      queryFn: () => sdk.admin.user.retrieve(id, { fields: "id,email,first_name,last_name" }),
      staleTime: Infinity,
      retry: false,
    })),
  })
  const names = new Map<string, string>()
  results.forEach(({ data }) => {
    if (!data) return
    const { id, email, first_name, last_name } = data.user
    names.set(id, [first_name, last_name].filter(Boolean).join(" ") || email)
  })
  return (id) => (id ? names.get(id) ?? id : "—")
}
