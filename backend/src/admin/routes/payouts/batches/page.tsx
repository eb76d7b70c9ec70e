import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { ApiError } from "../../../components/payouts/api-error"
import { BatchStatusBadge } from "../../../components/payouts/status-badges"
import { CurrencySwitch } from "../../../components/payouts/currency-switch"
import { Money } from "../../../components/payouts/money-cell"
import { PayoutsLayout } from "../../../components/payouts/payouts-nav"
import { formatDate, formatDateTime } from "../../../lib/format"
import { batchLabel, endOfDay, formatMoney, useBatches, useCreateBatch } from "../../../lib/payouts"

/** Payout batches: create one for a currency (confirmed), and the list, newest first. */
const BatchesPage = () => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const [currency, setCurrency] = useState("idr")
  const [periodEnd, setPeriodEnd] = useState("")
  const [notice, setNotice] = useState<string | null>(null)
  const batches = useBatches()
  const create = useCreateBatch()

  const run = async () => {
    setNotice(null)
    create.reset()
    const confirmed = await prompt({
      variant: "confirmation",
      title: `Create a ${currency.toUpperCase()} payout batch?`,
      description: `Every maker whose available ${currency.toUpperCase()} balance${
        periodEnd ? ` up to ${periodEnd}` : ""
      } is at least the minimum gets one transfer. The amounts are reserved at once, until each transfer is marked paid or failed.`,
      confirmText: "Confirm",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      const result = await create.mutateAsync({ currency, ...(periodEnd ? { period_end: endOfDay(periodEnd) } : {}) })
      if (!result.items?.length) {
        setNotice("The batch has no transfers: no maker's available balance reached the minimum.")
      } else if (result.batch?.id) {
        navigate(`/payouts/batches/${result.batch.id}`)
      }
    } catch {
      // Shown inline below (create.error).
    }
  }

  const list = batches.data?.batches ?? []

  return (
    <PayoutsLayout>
      <Container className="divide-y p-0" role="region" aria-label="Batches">
        <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">Batches</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              A batch reserves each maker&apos;s available balance for one bank transfer. Download the transfer file,
              send the money, then mark each transfer paid (with the bank&apos;s reference) or failed.
            </Text>
          </div>
          <div className="flex flex-wrap items-end gap-3">
            <CurrencySwitch value={currency} onChange={setCurrency} />
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="batch-period-end" size="small" weight="plus">
                Earnings up to (optional)
              </Label>
              <Input id="batch-period-end" type="date" size="small" value={periodEnd} onChange={(e) => setPeriodEnd(e.target.value)} />
            </div>
            <Button size="small" onClick={run} isLoading={create.isPending}>
              Create batch
            </Button>
          </div>
        </div>
        {(create.error || notice) && (
          <div className="px-6 py-4">
            <ApiError error={create.error} action="Could not create the batch" />
            {notice && (
              <Text size="small" role="status">
                {notice}
              </Text>
            )}
          </div>
        )}
        {batches.isLoading ? (
          <Text size="small" className="px-6 py-4">
            Loading…
          </Text>
        ) : batches.error ? (
          <div className="px-6 py-4">
            <ApiError error={batches.error} action="Could not load batches" />
          </div>
        ) : list.length === 0 ? (
          <Text size="small" className="px-6 py-4">
            No batches yet.
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Batch</Table.HeaderCell>
                <Table.HeaderCell>Currency</Table.HeaderCell>
                <Table.HeaderCell>Earnings up to</Table.HeaderCell>
                <Table.HeaderCell>Created</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Transfers</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.map((batch) => (
                <Table.Row key={batch.id}>
                  <Table.Cell>
                    <Link to={`/payouts/batches/${batch.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
                      {batchLabel(batch)}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall">{batch.currency.toUpperCase()}</Badge>
                  </Table.Cell>
                  <Table.Cell>{formatDate(batch.period_end)}</Table.Cell>
                  <Table.Cell>{formatDateTime(batch.created_at)}</Table.Cell>
                  <Table.Cell className="text-right">{batch.item_count ?? "—"}</Table.Cell>
                  <Table.Cell className="text-right">
                    {batch.total !== undefined ? <Money amount={batch.total} currency={batch.currency} /> : formatMoney(null, batch.currency)}
                  </Table.Cell>
                  <Table.Cell>
                    <BatchStatusBadge status={batch.status} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </PayoutsLayout>
  )
}

export const config = defineRouteConfig({ label: "Batches" })

export default BatchesPage
