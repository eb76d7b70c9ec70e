import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDateTime } from "../../lib/format"
import { useActorNames } from "../../lib/hooks/use-actor-names"
import { useMakerHistory } from "../../lib/hooks/use-makers"
import type { AdminMaker } from "../../lib/types"
import { Section } from "../section"

/** Who changed what and when: field names only, never private values. */
export const HistorySection = ({ maker }: { maker: AdminMaker }) => {
  const { data: changes, isLoading, isError, error } = useMakerHistory(maker.id)
  const nameOf = useActorNames((changes ?? []).map((c) => c.actor_id))
  const actor = (id: string) => (id === maker.id ? `${maker.display_name} (herself)` : nameOf(id))
  const sorted = [...(changes ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at))

  return (
    <Section title="History" description="Every change to her profile, consent, visibility and products.">
      {isLoading && <Message>Loading…</Message>}
      {isError && <Message error>Could not load the history: {error.message}</Message>}
      {changes && !changes.length && <Message>No changes recorded yet.</Message>}
      {sorted.length > 0 && (
        <ol className="divide-y">
          {sorted.map((change) => (
            <li key={change.id} className="grid grid-cols-[150px_1fr] gap-x-4 px-6 py-3">
              <Text size="small" className="text-ui-fg-subtle tabular-nums">
                {formatDateTime(change.created_at)}
              </Text>
              <div className="min-w-0">
                <Text size="small" weight="plus">
                  {humanize(change.action)}
                  <span className="text-ui-fg-subtle font-normal"> · {actor(change.actor_id)}</span>
                </Text>
                {change.fields.length > 0 && (
                  <div className="mt-1 flex flex-wrap gap-1">
                    {change.fields.map((field) => (
                      <code key={field} className="txt-compact-xsmall rounded bg-ui-bg-subtle px-1 py-0.5 text-ui-fg-subtle">
                        {field}
                      </code>
                    ))}
                  </div>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}

const Message = ({ children, error }: { children: ReactNode; error?: boolean }) => (
  <Text size="small" className={`px-6 py-4 ${error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
    {children}
  </Text>
)

/** "consent.withdrawn" → "Consent withdrawn", "update" → "Update". */
const humanize = (action: string) => {
  const words = action.replace(/[._-]+/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
