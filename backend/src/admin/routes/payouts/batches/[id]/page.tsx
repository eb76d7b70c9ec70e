import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { ApiError } from "../../../../components/payouts/api-error"
import { Money } from "../../../../components/payouts/money-cell"
import { PayoutsLayout } from "../../../../components/payouts/payouts-nav"
import { SettleItem } from "../../../../components/payouts/settle-item"
import { BatchStatusBadge, ItemStatusBadge } from "../../../../components/payouts/status-badges"
import { isNotFound } from "../../../../lib/errors"
import { formatDate, formatDateTime } from "../../../../lib/format"
import { batchLabel, itemMakerName, payoutsApi, saveBlob, transferFilename, useBatch, type PayoutItem } from "../../../../lib/payouts"

/** One batch: its transfers (with the payout details staff need), the bank's transfer file, and settling each. */
const BatchPage = () => {
  const { id } = useParams() as { id: string }
  const { data, isLoading, error } = useBatch(id)
  const [downloading, setDownloading] = useState(false)
  const [downloadError, setDownloadError] = useState<unknown>(null)

  const download = async () => {
    if (!data) return
    setDownloading(true)
    setDownloadError(null)
    try {
      const { blob, filename } = await payoutsApi.transferCsv(id)
      saveBlob(blob, filename ?? transferFilename(data.batch))
    } catch (e) {
      setDownloadError(e)
    } finally {
      setDownloading(false)
    }
  }

  if (isLoading) {
    return (
      <PayoutsLayout>
        <Container className="px-6 py-4">
          <Text size="small">Loading…</Text>
        </Container>
      </PayoutsLayout>
    )
  }
  if (!data) {
    return (
      <PayoutsLayout>
        <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
          <Heading level="h1">{isNotFound(error) ? "Batch not found" : "Could not load this batch"}</Heading>
          {error && !isNotFound(error) && <ApiError error={error} action="Could not load the batch" />}
          <Button size="small" variant="secondary" asChild>
            <Link to="/payouts/batches">Back to batches</Link>
          </Button>
        </Container>
      </PayoutsLayout>
    )
  }

  const { batch, items } = data
  const total = items.reduce((sum, item) => sum + item.amount, 0)
  const label = batchLabel(batch)

  return (
    <PayoutsLayout>
      <Container className="divide-y p-0" role="region" aria-label={`Batch ${label}`}>
        <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Text size="small" className="text-ui-fg-subtle">
              <Link to="/payouts/batches" className="hover:underline">
                Batches
              </Link>{" "}
              / {label}
            </Text>
            <div className="flex items-center gap-x-2">
              <Heading level="h1">
                Batch {label} · {batch.currency.toUpperCase()}
              </Heading>
              <BatchStatusBadge status={batch.status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              Earnings up to {formatDate(batch.period_end)} · created {formatDateTime(batch.created_at)} · {items.length}{" "}
              {items.length === 1 ? "transfer" : "transfers"}, <Money amount={total} currency={batch.currency} />
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={download} isLoading={downloading} disabled={!items.some((item) => item.status === "reserved")}>
            <ArrowDownTray />
            Download transfer CSV
          </Button>
        </div>
        {downloadError ? (
          <div className="px-6 py-4">
            <ApiError error={downloadError} action="Could not download the transfer file" />
          </div>
        ) : null}
        {items.length === 0 ? (
          <Text size="small" className="px-6 py-4">
            This batch has no transfers.
          </Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Maker</Table.HeaderCell>
                <Table.HeaderCell>Pay to</Table.HeaderCell>
                <Table.HeaderCell>Reference</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Action</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((item) => (
                <ItemRow key={item.id} item={item} />
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
    </PayoutsLayout>
  )
}

const ItemRow = ({ item }: { item: PayoutItem }) => {
  const name = itemMakerName(item)
  return (
    <Table.Row className="align-top [&_td]:py-3">
      <Table.Cell className="txt-compact-small-plus">{name}</Table.Cell>
      <Table.Cell>
        <PayoutDetails details={item.payout_details} />
      </Table.Cell>
      <Table.Cell className="font-mono text-xs">{item.reference}</Table.Cell>
      <Table.Cell className="text-right">
        <Money amount={item.amount} currency={item.currency} />
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col items-start gap-y-1">
          <ItemStatusBadge status={item.status} />
          {item.status === "paid" && item.transfer_reference && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              Ref. {item.transfer_reference}
            </Text>
          )}
          {item.settled_at && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(item.settled_at)}
            </Text>
          )}
          {item.note && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {item.note}
            </Text>
          )}
        </div>
      </Table.Cell>
      <Table.Cell className="text-right">
        <SettleItem item={item} makerName={name} />
      </Table.Cell>
    </Table.Row>
  )
}

/** The account the money goes to, as the backend sends it (staff only, never logged). */
const PayoutDetails = ({ details }: { details: Record<string, unknown> | null | undefined }) => {
  if (!details) return <Text size="xsmall" className="text-ui-fg-muted">—</Text>
  const entries = Object.entries(details).filter(([, value]) => typeof value === "string" || typeof value === "number")
  if (entries.length === 0) return <Text size="xsmall" className="text-ui-fg-muted">—</Text>
  return (
    <div className="flex flex-col">
      {entries.map(([key, value]) => (
        <Text key={key} size="xsmall">
          <span className="text-ui-fg-subtle">{key.replace(/_/g, " ")}: </span>
          {String(value)}
        </Text>
      ))}
    </div>
  )
}

export default BatchPage
