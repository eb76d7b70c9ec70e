import { Button } from "@medusajs/ui"
import { PAYOUT_CURRENCIES } from "../../lib/payouts"

/** IDR / USD as two pressed-or-not buttons (a group named "Currency"). */
export const CurrencySwitch = ({ value, onChange }: { value: string; onChange: (currency: string) => void }) => (
  <div role="group" aria-label="Currency" className="flex gap-x-1">
    {PAYOUT_CURRENCIES.map((currency) => (
      <Button
        key={currency}
        type="button"
        size="small"
        variant={value === currency ? "primary" : "secondary"}
        aria-pressed={value === currency}
        onClick={() => onChange(currency)}
      >
        {currency.toUpperCase()}
      </Button>
    ))}
  </div>
)
