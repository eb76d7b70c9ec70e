import { clx } from "@medusajs/ui"
import { formatMoney } from "../../lib/payouts"

/** An amount, right-aligned with tabular figures; negative amounts in the error colour. */
export const Money = ({ amount, currency, className }: { amount: number | null | undefined; currency: string; className?: string }) => (
  <span className={clx("tabular-nums whitespace-nowrap", typeof amount === "number" && amount < 0 && "text-ui-fg-error", className)}>
    {formatMoney(amount, currency)}
  </span>
)
