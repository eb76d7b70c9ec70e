import { Button, Input, Label, Text } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { useSettleItem, type PayoutItem } from "../../lib/payouts"
import { ApiError } from "./api-error"

/**
 * "Mark paid" (the bank's transfer reference is required) and "Mark failed" (a note is required) for one transfer
 * still to be made. Each opens a small form in place; the API's refusal is shown right there.
 */
export const SettleItem = ({ item, makerName }: { item: PayoutItem; makerName: string }) => {
  const [mode, setMode] = useState<"paid" | "failed" | null>(null)
  const [text, setText] = useState("")
  const [missing, setMissing] = useState(false)
  const settle = useSettleItem()
  const inputId = useId()

  if (item.status !== "reserved") return null

  const open = (next: "paid" | "failed") => {
    setMode(next)
    setText("")
    setMissing(false)
    settle.reset()
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const value = text.trim()
    if (!value) {
      setMissing(true)
      return
    }
    try {
      await settle.mutateAsync(
        mode === "paid" ? { itemId: item.id, paid: true, transfer_reference: value } : { itemId: item.id, paid: false, note: value }
      )
      setMode(null)
    } catch {
      // Shown below.
    }
  }

  if (!mode) {
    return (
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" onClick={() => open("paid")} aria-label={`Mark paid: ${makerName}`}>
          Mark paid
        </Button>
        <Button size="small" variant="secondary" onClick={() => open("failed")} aria-label={`Mark failed: ${makerName}`}>
          Mark failed
        </Button>
      </div>
    )
  }

  const label = mode === "paid" ? "Transfer reference" : "Why it failed"
  const hint =
    mode === "paid"
      ? "The reference the bank gave this transfer."
      : "E.g. the account was closed. The amount goes back to her available balance."
  return (
    <form onSubmit={submit} className="flex flex-col gap-y-2" aria-label={`${mode === "paid" ? "Mark paid" : "Mark failed"}: ${makerName}`}>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={inputId} size="small" weight="plus">
          {label}
        </Label>
        <Input
          id={inputId}
          size="small"
          value={text}
          autoFocus
          aria-invalid={missing || undefined}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            setText(event.target.value)
            setMissing(false)
          }}
        />
        <Text id={`${inputId}-hint`} size="xsmall" className={missing ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
          {missing ? (mode === "paid" ? "Enter the transfer reference." : "Enter a note.") : hint}
        </Text>
      </div>
      <ApiError error={settle.error} action={mode === "paid" ? "Not marked paid" : "Not marked failed"} />
      <div className="flex gap-x-2">
        <Button size="small" type="submit" variant={mode === "paid" ? "primary" : "danger"} isLoading={settle.isPending}>
          {mode === "paid" ? "Confirm paid" : "Confirm failed"}
        </Button>
        <Button size="small" type="button" variant="secondary" onClick={() => setMode(null)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
