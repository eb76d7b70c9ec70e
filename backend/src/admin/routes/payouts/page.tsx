import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { ApiError } from "../../components/payouts/api-error"
import { CurrencySwitch } from "../../components/payouts/currency-switch"
import { Money } from "../../components/payouts/money-cell"
import { PayoutsLayout } from "../../components/payouts/payouts-nav"
import { balanceTotals, useBalances } from "../../lib/payouts"

/** Balances: what the store owes each maker in one currency, from the ledger (pending, available, in a payout, paid). */
const PayoutBalancesPage = () => {
  const [params, setParams] = useSearchParams()
  const currency = params.get("currency") === "usd" ? "usd" : "idr"
  const { data, isLoading, error } = useBalances(currency)
  const rows = data?.balances ?? []
  const totals = balanceTotals(rows)

  return (
    <PayoutsLayout>
      <Container className="divide-y p-0" role="region" aria-label="Balances">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Balances</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What each maker has earned, derived from the ledger. Pending becomes available 7 days after shipping;
              in payout is reserved in an open batch.
            </Text>
          </div>
          <CurrencySwitch value={currency} onChange={(next) => setParams({ currency: next })} />
        </div>
        {isLoading ? (
          <Text size="small" className="px-6 py-4">
            Loading…
          </Text>
        ) : error ? (
          <div className="px-6 py-4">
            <ApiError error={error} action="Could not load balances" />
          </div>
        ) : rows.length === 0 ? (
          <Text size="small" className="px-6 py-4">
            No earnings in {currency.toUpperCase()} yet.
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Maker</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Pending</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Available</Table.HeaderCell>
                <Table.HeaderCell className="text-right">In payout</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Paid out</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">Statement</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={`${row.maker.id}-${row.currency}`}>
                  <Table.Cell>
                    <span className="txt-compact-small-plus">{row.maker.display_name || row.maker.id}</span>
                    {row.maker.handle && <span className="text-ui-fg-muted ml-2">@{row.maker.handle}</span>}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Money amount={row.pending} currency={row.currency} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Money amount={row.available} currency={row.currency} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Money amount={row.in_payout} currency={row.currency} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Money amount={row.paid_out} currency={row.currency} />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" asChild>
                      <Link
                        to={`/payouts/statement?maker=${encodeURIComponent(row.maker.id)}&currency=${row.currency.toLowerCase()}`}
                        aria-label={`Statement of ${row.maker.display_name || row.maker.id}`}
                      >
                        Statement
                      </Link>
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
              <Table.Row className="bg-ui-bg-subtle">
                <Table.Cell className="txt-compact-small-plus">Total</Table.Cell>
                <Table.Cell className="text-right txt-compact-small-plus">
                  <Money amount={totals.pending} currency={currency} />
                </Table.Cell>
                <Table.Cell className="text-right txt-compact-small-plus">
                  <Money amount={totals.available} currency={currency} />
                </Table.Cell>
                <Table.Cell className="text-right txt-compact-small-plus">
                  <Money amount={totals.in_payout} currency={currency} />
                </Table.Cell>
                <Table.Cell className="text-right txt-compact-small-plus">
                  <Money amount={totals.paid_out} currency={currency} />
                </Table.Cell>
                <Table.Cell />
              </Table.Row>
            </Table.Body>
          </Table>
        )}
      </Container>
    </PayoutsLayout>
  )
}

export const config = defineRouteConfig({
  label: "Payouts",
  icon: Cash,
})

export default PayoutBalancesPage
