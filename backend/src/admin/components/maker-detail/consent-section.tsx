import { Label, StatusBadge, Switch, Text, toast, usePrompt } from "@medusajs/ui"
import { CONSENT_ITEMS } from "../../lib/constants"
import { readServerError } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"
import { useActorNames } from "../../lib/hooks/use-actor-names"
import { useRecordConsent } from "../../lib/hooks/use-maker-mutations"
import type { AdminMaker, ConsentItem } from "../../lib/types"
import { Section } from "../section"

/** Per item: granted or withdrawn, when and by whom. Each toggle records a new consent entry, at once. */
export const ConsentSection = ({ maker }: { maker: AdminMaker }) => {
  const prompt = usePrompt()
  const record = useRecordConsent(maker.id)
  const nameOf = useActorNames(CONSENT_ITEMS.map(({ item }) => maker.consents[item].recorded_by))

  const toggle = async (item: ConsentItem, granted: boolean) => {
    const { label, shows } = CONSENT_ITEMS.find((c) => c.item === item)!
    const confirmed = await prompt({
      variant: granted ? "confirmation" : "danger",
      title: granted ? `Record consent: ${label.toLowerCase()}?` : `Withdraw consent: ${label.toLowerCase()}?`,
      description: granted
        ? `Only if she said yes. The store will show ${shows} at once. This is recorded with your name.`
        : `The store stops showing ${shows} at once. This is recorded with your name.`,
      confirmText: granted ? "Record consent" : "Withdraw consent",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await record.mutateAsync({ item, granted })
      toast.success(granted ? "Consent recorded" : "Consent withdrawn")
    } catch (error) {
      toast.error("Consent not recorded", { description: readServerError(error).message })
    }
  }

  return (
    <Section title="Consent" description="What she agreed the store may show. Ask her before changing.">
      {CONSENT_ITEMS.map(({ item, label }) => {
        const consent = maker.consents[item]
        return (
          <div key={item} className="flex items-center justify-between gap-x-4 px-6 py-3">
            <div className="flex flex-col gap-y-1">
              <div className="flex items-center gap-x-2">
                <Label htmlFor={`consent-${item}`} size="small" weight="plus">
                  {label}
                </Label>
                {/* Not granted covers both "withdrawn" and "never given": the History tells which. */}
                {consent.granted ? (
                  <StatusBadge color="green">Granted</StatusBadge>
                ) : (
                  <StatusBadge color={consent.recorded_at ? "orange" : "grey"}>Not granted</StatusBadge>
                )}
              </div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {consent.recorded_at
                  ? `${formatDateTime(consent.recorded_at)} · by ${nameOf(consent.recorded_by)}`
                  : "No record yet"}
              </Text>
            </div>
            <Switch
              id={`consent-${item}`}
              aria-label={`${label} consent`}
              checked={consent.granted}
              disabled={record.isPending}
              onCheckedChange={(checked) => toggle(item, checked)}
            />
          </div>
        )
      })}
    </Section>
  )
}
