import { Input, Label } from "@medusajs/ui"

export interface Period {
  from: string
  to: string
}

/** From / to as native date fields (YYYY-MM-DD, what the API takes). */
export const PeriodFields = ({ value, onChange }: { value: Period; onChange: (period: Period) => void }) => (
  <div className="flex flex-wrap items-end gap-3">
    <div className="flex flex-col gap-y-1">
      <Label htmlFor="payouts-from" size="small" weight="plus">
        From
      </Label>
      <Input
        id="payouts-from"
        type="date"
        size="small"
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => onChange({ ...value, from: event.target.value })}
      />
    </div>
    <div className="flex flex-col gap-y-1">
      <Label htmlFor="payouts-to" size="small" weight="plus">
        To
      </Label>
      <Input
        id="payouts-to"
        type="date"
        size="small"
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange({ ...value, to: event.target.value })}
      />
    </div>
  </div>
)
