import { Button, Input, Label, Select, Text } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { TARGET_LABELS, useMatchLine, type ReconLine, type StatementKind, type TargetKind } from "../../lib/payouts"
import { ApiError } from "./api-error"

/**
 * What staff can do with one statement line: match it by hand to a payout item or an order's payment (with a
 * note saying why), or undo a match (with a note). Refusals from the API are shown in place.
 */
export const LineActions = ({ line, statementKind }: { line: ReconLine; statementKind: StatementKind }) => {
  // A Stripe report line is a card transaction; a bank line is money out to a maker or in from a buyer.
  const kinds: TargetKind[] = statementKind === "stripe" ? ["card_transaction"] : ["payout_item", "order_payment"]
  const [mode, setMode] = useState<"match" | "unmatch" | null>(null)
  const [kind, setKind] = useState<TargetKind>(statementKind === "stripe" ? "card_transaction" : line.amount < 0 ? "payout_item" : "order_payment")
  const [targetId, setTargetId] = useState(line.target_id ?? "")
  const [note, setNote] = useState("")
  const [missing, setMissing] = useState<string | null>(null)
  const mutation = useMatchLine()
  const id = useId()

  if (!line.id) return null
  const lineId = line.id
  const label = `line ${line.line ?? ""}`.trim()

  const open = (next: "match" | "unmatch") => {
    setMode(next)
    setNote("")
    setMissing(null)
    mutation.reset()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (mode === "match" && !targetId.trim()) return setMissing("Enter the ID of the payout item or payment.")
    if (!note.trim()) return setMissing("Enter a note.")
    try {
      await mutation.mutateAsync(
        mode === "match"
          ? { lineId, match: true, target_kind: kind, target_id: targetId.trim(), note: note.trim() }
          : { lineId, match: false, note: note.trim() }
      )
      setMode(null)
    } catch {
      // Shown below.
    }
  }

  if (!mode) {
    return (
      <div className="flex justify-end gap-x-2">
        {line.status !== "matched" && (
          <Button size="small" variant="secondary" onClick={() => open("match")} aria-label={`Match ${label} manually`}>
            Match manually
          </Button>
        )}
        {line.status !== "unmatched" && (
          <Button size="small" variant="secondary" onClick={() => open("unmatch")} aria-label={`Unmatch ${label}`}>
            Unmatch
          </Button>
        )}
      </div>
    )
  }

  return (
    <form onSubmit={submit} className="flex min-w-[260px] flex-col gap-y-2 text-left" aria-label={mode === "match" ? `Match ${label}` : `Unmatch ${label}`}>
      {mode === "match" && (
        <>
          <div className="flex flex-col gap-y-1">
            <Label id={`${id}-kind`} size="small" weight="plus">
              Match to
            </Label>
            <Select value={kind} onValueChange={(value) => setKind(value as TargetKind)}>
              <Select.Trigger aria-labelledby={`${id}-kind`}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {kinds.map((value) => (
                  <Select.Item key={value} value={value}>
                    {TARGET_LABELS[value]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor={`${id}-target`} size="small" weight="plus">
              {TARGET_LABELS[kind]} ID
            </Label>
            <Input id={`${id}-target`} size="small" value={targetId} onChange={(e) => setTargetId(e.target.value)} />
          </div>
        </>
      )}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${id}-note`} size="small" weight="plus">
          Note
        </Label>
        <Input
          id={`${id}-note`}
          size="small"
          value={note}
          placeholder={mode === "match" ? "Why this line belongs to it" : "Why the match was wrong"}
          onChange={(e) => {
            setNote(e.target.value)
            setMissing(null)
          }}
        />
      </div>
      {missing && (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {missing}
        </Text>
      )}
      <ApiError error={mutation.error} action={mode === "match" ? "Not matched" : "Not unmatched"} />
      <div className="flex gap-x-2">
        <Button size="small" type="submit" isLoading={mutation.isPending}>
          {mode === "match" ? "Save match" : "Confirm unmatch"}
        </Button>
        <Button size="small" type="button" variant="secondary" onClick={() => setMode(null)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
