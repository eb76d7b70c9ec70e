import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Label, Select, Table, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { ApiError } from "../../../components/payouts/api-error"
import { CurrencySwitch } from "../../../components/payouts/currency-switch"
import { Money } from "../../../components/payouts/money-cell"
import { PayoutsLayout } from "../../../components/payouts/payouts-nav"
import { PeriodFields } from "../../../components/payouts/period-fields"
import { formatDate } from "../../../lib/format"
import { defaultPeriod, useBalances, useStatement, type StatementBalances } from "../../../lib/payouts"

const BUCKETS = [
  ["pending", "Pending"],
  ["available", "Available"],
  ["in_payout", "In payout"],
  ["paid_out", "Paid out"],
] as const

const KIND_LABELS: Record<string, string> = {
  sale: "Sale",
  release: "Released",
  reversal: "Refund / return",
  payout_reserve: "Reserved for payout",
  payout_paid: "Paid out",
  payout_failed: "Payout failed",
  adjustment: "Adjustment",
}

/** One maker's statement for a period: opening balances, every ledger line with the running balance, closing. */
const StatementPage = () => {
  const [params, setParams] = useSearchParams()
  const fallback = defaultPeriod()
  const makerId = params.get("maker") ?? undefined
  const currency = params.get("currency") === "usd" ? "usd" : "idr"
  const period = { from: params.get("from") ?? fallback.from, to: params.get("to") ?? fallback.to }
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value)
      else next.delete(key)
    }
    setParams(next, { replace: true })
  }

  // The makers with a balance in this currency are the ones with a statement to read.
  const makers = useBalances(currency)
  const statement = useStatement(makerId, { from: period.from, to: period.to, currency })

  return (
    <PayoutsLayout>
      <Container className="divide-y p-0" role="region" aria-label="Statement">
        <div className="flex flex-col gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Statement</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              A maker&apos;s ledger lines for a period (days in Medan time, both included), with the running balance of
              what the store owes her (pending + available + in payout).
            </Text>
          </div>
          <div className="flex flex-wrap items-end gap-4">
            <div className="flex flex-col gap-y-1">
              <Label id="statement-maker-label" size="small" weight="plus">
                Maker
              </Label>
              <Select value={makerId ?? ""} onValueChange={(id) => update({ maker: id })}>
                <Select.Trigger className="w-[240px]" aria-labelledby="statement-maker-label">
                  <Select.Value placeholder={makers.isLoading ? "Loading…" : "Choose a maker"} />
                </Select.Trigger>
                <Select.Content>
                  {(makers.data?.balances ?? []).map((row) => (
                    <Select.Item key={row.maker.id} value={row.maker.id}>
                      {row.maker.display_name || row.maker.id}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <PeriodFields value={period} onChange={(next) => update({ from: next.from, to: next.to })} />
            <CurrencySwitch value={currency} onChange={(next) => update({ currency: next })} />
          </div>
          {makers.error && <ApiError error={makers.error} action="Could not load makers" />}
        </div>
        {!makerId ? (
          <Text size="small" className="px-6 py-4">
            Choose a maker to see her statement.
          </Text>
        ) : statement.isLoading ? (
          <Text size="small" className="px-6 py-4">
            Loading…
          </Text>
        ) : statement.error ? (
          <div className="px-6 py-4">
            <ApiError error={statement.error} action="Could not load the statement" />
          </div>
        ) : statement.data ? (
          <>
            <div className="px-6 py-4">
              <Heading level="h2">
                {statement.data.maker.display_name} · {statement.data.currency.toUpperCase()}
              </Heading>
            </div>
            <BalancesRow title="Opening" balances={statement.data.opening} currency={statement.data.currency} />
            {statement.data.lines.length === 0 ? (
              <Text size="small" className="px-6 py-4">
                No ledger lines in this period.
              </Text>
            ) : (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>Date</Table.HeaderCell>
                    <Table.HeaderCell>What</Table.HeaderCell>
                    <Table.HeaderCell>Order</Table.HeaderCell>
                    <Table.HeaderCell>Reference</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
                    <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {statement.data.lines.map((line, index) => (
                    <Table.Row key={`${line.reference}-${index}`}>
                      <Table.Cell>{formatDate(line.date)}</Table.Cell>
                      <Table.Cell>
                        {/* The API's description names the kind and the product ("Sale: Buket Mawar"). */}
                        <span className="txt-compact-small-plus">{line.description || KIND_LABELS[line.kind] || line.kind}</span>
                      </Table.Cell>
                      <Table.Cell>{line.order_display_id !== null && line.order_display_id !== undefined ? `#${line.order_display_id}` : "—"}</Table.Cell>
                      <Table.Cell className="font-mono text-xs">{line.reference}</Table.Cell>
                      <Table.Cell className="text-right">
                        <Money amount={line.amount} currency={statement.data.currency} />
                      </Table.Cell>
                      <Table.Cell className="text-right">
                        <Money amount={line.balance} currency={statement.data.currency} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
            <BalancesRow title="Closing" balances={statement.data.closing} currency={statement.data.currency} />
          </>
        ) : null}
      </Container>
    </PayoutsLayout>
  )
}

const BalancesRow = ({ title, balances, currency }: { title: string; balances: StatementBalances; currency: string }) => (
  <div className="flex flex-wrap items-baseline gap-x-6 gap-y-1 px-6 py-3" role="group" aria-label={`${title} balances`}>
    <Text size="small" weight="plus" className="w-20">
      {title}
    </Text>
    {BUCKETS.map(([key, label]) => (
      <Text key={key} size="small">
        <span className="text-ui-fg-subtle">{label} </span>
        <Money amount={balances?.[key] ?? null} currency={currency} />
      </Text>
    ))}
  </div>
)

export const config = defineRouteConfig({ label: "Statement" })

export default StatementPage
