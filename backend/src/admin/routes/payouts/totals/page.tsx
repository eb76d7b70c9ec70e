import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { ApiError } from "../../../components/payouts/api-error"
import { CurrencySwitch } from "../../../components/payouts/currency-switch"
import { Money } from "../../../components/payouts/money-cell"
import { PayoutsLayout } from "../../../components/payouts/payouts-nav"
import { PeriodFields } from "../../../components/payouts/period-fields"
import { defaultPeriod, useTotals, type TotalsResponse } from "../../../lib/payouts"

const FIGURES: { key: keyof TotalsResponse; label: string; hint: string }[] = [
  { key: "gross_sales", label: "Gross sales", hint: "Makers' items sold in the period, after discounts, without tax and shipping." },
  { key: "refunded", label: "Refunded", hint: "Refunds, returns and cancellations of those items in the period." },
  { key: "organisation_fees", label: "Organisation fees", hint: "The organisation's share of sales, net of refunds." },
  { key: "card_fees", label: "Card fees", hint: "What the card processor charged the organisation." },
  { key: "paid_to_makers", label: "Paid to makers", hint: "Transfers marked paid in the period." },
  { key: "pending", label: "Pending", hint: "Owed to makers at the end of the period, still in the 7-day hold." },
  { key: "available", label: "Available", hint: "Owed to makers at the end of the period, ready for a batch." },
  { key: "in_payout", label: "In payout", hint: "Reserved in batches, not yet marked paid or failed." },
]

/** Totals for a period: sales, the organisation's fees, card fees and what makers were paid. */
const TotalsPage = () => {
  const [params, setParams] = useSearchParams()
  const fallback = defaultPeriod()
  const currency = params.get("currency") === "usd" ? "usd" : "idr"
  const period = { from: params.get("from") ?? fallback.from, to: params.get("to") ?? fallback.to }
  const { data, isLoading, error } = useTotals({ ...period, currency })
  const update = (changes: Record<string, string>) => setParams({ currency, ...period, ...changes }, { replace: true })

  return (
    <PayoutsLayout>
      <Container className="divide-y p-0" role="region" aria-label="Totals">
        <div className="flex flex-col gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Totals</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              The period&apos;s money: what came in, what the organisation kept, and what went to makers.
            </Text>
          </div>
          <div className="flex flex-wrap items-end gap-4">
            <PeriodFields value={period} onChange={(next) => update({ from: next.from, to: next.to })} />
            <CurrencySwitch value={currency} onChange={(next) => update({ currency: next })} />
          </div>
        </div>
        {isLoading ? (
          <Text size="small" className="px-6 py-4">
            Loading…
          </Text>
        ) : error ? (
          <div className="px-6 py-4">
            <ApiError error={error} action="Could not load totals" />
          </div>
        ) : data ? (
          <dl className="grid grid-cols-1 gap-4 px-6 py-4 sm:grid-cols-2 xl:grid-cols-3">
            {FIGURES.filter((figure) => typeof data[figure.key] === "number").map((figure) => (
              <div key={figure.key} className="rounded-lg p-4 shadow-elevation-card-rest">
                <dt className="txt-compact-small-plus text-ui-fg-subtle">{figure.label}</dt>
                <dd className="txt-xlarge-plus mt-1">
                  <Money amount={data[figure.key] as number} currency={currency} />
                </dd>
                <dd className="txt-compact-xsmall text-ui-fg-muted mt-1">{figure.hint}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </Container>
    </PayoutsLayout>
  )
}

export const config = defineRouteConfig({ label: "Totals" })

export default TotalsPage
