import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpTray } from "@medusajs/icons"
import { Button, Container, Heading, Label, RadioGroup, Table, Text } from "@medusajs/ui"
import { useId, useState, type FormEvent } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { ApiError } from "../../../components/payouts/api-error"
import { CurrencySwitch } from "../../../components/payouts/currency-switch"
import { LineActions } from "../../../components/payouts/line-actions"
import { Money } from "../../../components/payouts/money-cell"
import { PayoutsLayout } from "../../../components/payouts/payouts-nav"
import { formatDateTime } from "../../../lib/format"
import { LineStatusBadge } from "../../../components/payouts/status-badges"
import {
  formatDifference,
  groupLines,
  TARGET_LABELS,
  useStatementImport,
  useStatements,
  useUploadStatement,
  type ImportResult,
  type LineStatus,
  type ReconLine,
  type StatementKind,
} from "../../../lib/payouts"

const GROUPS: { status: LineStatus; title: string; empty: string }[] = [
  { status: "mismatched", title: "Mismatched", empty: "No line has a known reference with a different amount." },
  { status: "unmatched", title: "Unmatched", empty: "Every line was recognised." },
  { status: "matched", title: "Matched", empty: "No line matched yet." },
]

/** Reconciliation: upload a bank statement or Stripe report; see what matched, what differs, what is unknown. */
const ReconciliationPage = () => {
  const [params, setParams] = useSearchParams()
  const importId = params.get("import")
  const upload = useUploadStatement()
  const saved = useStatementImport(importId)
  const [uploaded, setUploaded] = useState<ImportResult | null>(null)
  // The saved import (refreshed after each manual match) once there is one; the upload's answer until then.
  const result = saved.data ?? (uploaded && (!importId || uploaded.import?.id === importId) ? uploaded : null)

  return (
    <PayoutsLayout>
      <Container className="divide-y p-0" role="region" aria-label="Reconciliation">
        <div className="px-6 py-4">
          <Heading level="h1">Reconciliation</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Upload the bank&apos;s statement (CSV) or Stripe&apos;s balance report. Lines are matched by reference and amount to
            payouts and buyers&apos; payments; a statement imported twice is recognised and never matched twice.
          </Text>
        </div>
        <UploadForm
          pending={upload.isPending}
          error={upload.error}
          onUpload={async (input) => {
            try {
              const answer = await upload.mutateAsync(input)
              setUploaded(answer)
              if (answer.import?.id) setParams({ import: answer.import.id })
            } catch {
              // Shown in the form.
            }
          }}
        />
      </Container>
      {saved.error && !uploaded ? <ApiError error={saved.error} action="Could not load the statement" /> : null}
      {saved.isLoading && !uploaded ? (
        <Container className="px-6 py-4">
          <Text size="small">Loading…</Text>
        </Container>
      ) : null}
      {result && <Results result={result} />}
      <RecentStatements current={importId} />
    </PayoutsLayout>
  )
}

/** The last imports, to open one again (its lines as they are matched now). */
const RecentStatements = ({ current }: { current: string | null }) => {
  const { data, error } = useStatements()
  const list = data?.statements ?? []
  if (error) return <ApiError error={error} action="Could not load earlier statements" />
  if (!list.length) return null
  return (
    <Container className="divide-y p-0" role="region" aria-label="Earlier statements">
      <div className="px-6 py-4">
        <Heading level="h2">Earlier statements</Heading>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>File</Table.HeaderCell>
            <Table.HeaderCell>Kind</Table.HeaderCell>
            <Table.HeaderCell>Imported</Table.HeaderCell>
            <Table.HeaderCell>Lines</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {list.map((statement) => (
            <Table.Row key={statement.id}>
              <Table.Cell>
                {statement.id === current ? (
                  <span className="txt-compact-small-plus">{statement.filename}</span>
                ) : (
                  <Link to={`/payouts/reconciliation?import=${encodeURIComponent(statement.id)}`} className="text-ui-fg-interactive hover:underline">
                    {statement.filename}
                  </Link>
                )}
              </Table.Cell>
              <Table.Cell>
                {statement.kind === "stripe" ? "Stripe" : "Bank"} · {statement.currency.toUpperCase()}
              </Table.Cell>
              <Table.Cell>{formatDateTime(statement.created_at)}</Table.Cell>
              <Table.Cell>
                {statement.summary
                  ? `${statement.summary.matched} matched · ${statement.summary.mismatched} mismatched · ${statement.summary.unmatched} unmatched`
                  : statement.line_count}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

const UploadForm = ({
  pending,
  error,
  onUpload,
}: {
  pending: boolean
  error: unknown
  onUpload: (input: { file: File; kind: StatementKind; currency: string }) => Promise<void>
}) => {
  const id = useId()
  const [file, setFile] = useState<File | null>(null)
  const [kind, setKind] = useState<StatementKind>("bank")
  const [currency, setCurrency] = useState("idr")
  const [missing, setMissing] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setMissing(true)
    await onUpload({ file, kind, currency })
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4 px-6 py-4" aria-label="Upload statement">
      <div className="flex flex-wrap items-end gap-6">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={`${id}-file`} size="small" weight="plus">
            Statement file (CSV)
          </Label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            className="txt-compact-small file:mr-3 file:rounded-md file:border-0 file:bg-ui-button-neutral file:px-3 file:py-1.5 file:shadow-buttons-neutral"
            aria-invalid={missing || undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setMissing(false)
            }}
          />
        </div>
        <fieldset className="flex flex-col gap-y-1">
          <legend className="txt-compact-small-plus mb-1">Kind</legend>
          <RadioGroup value={kind} onValueChange={(value) => setKind(value as StatementKind)} className="flex gap-x-4">
            <div className="flex items-center gap-x-2">
              <RadioGroup.Item value="bank" id={`${id}-bank`} />
              <Label htmlFor={`${id}-bank`} size="small">
                Bank
              </Label>
            </div>
            <div className="flex items-center gap-x-2">
              <RadioGroup.Item value="stripe" id={`${id}-stripe`} />
              <Label htmlFor={`${id}-stripe`} size="small">
                Stripe
              </Label>
            </div>
          </RadioGroup>
        </fieldset>
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            Currency
          </Text>
          <CurrencySwitch value={currency} onChange={setCurrency} />
        </div>
        <Button type="submit" size="small" isLoading={pending}>
          <ArrowUpTray />
          Upload statement
        </Button>
      </div>
      {missing && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          Choose a CSV file first.
        </Text>
      )}
      <ApiError error={error} action="The statement was not imported" />
    </form>
  )
}

const Results = ({ result }: { result: ImportResult }) => {
  const groups = groupLines(result.lines)
  const currency = result.import?.currency ?? "idr"
  const summary = result.summary ?? {
    matched: groups.matched.length,
    mismatched: groups.mismatched.length,
    unmatched: groups.unmatched.length,
    duplicate_lines_skipped: 0,
  }
  return (
    <>
      <Container className="px-6 py-4" role="status" aria-label="Import summary">
        <Text size="small" weight="plus">
          {result.import?.filename ?? "Statement"} · {result.import?.kind === "stripe" ? "Stripe" : "Bank"} · {currency.toUpperCase()}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {summary.matched} matched · {summary.mismatched} mismatched · {summary.unmatched} unmatched
          {summary.duplicate_lines_skipped > 0 &&
            ` · ${summary.duplicate_lines_skipped} ${summary.duplicate_lines_skipped === 1 ? "line was" : "lines were"} already imported and skipped`}
        </Text>
      </Container>
      {GROUPS.map((group) => (
        <LineGroup
          key={group.status}
          title={group.title}
          empty={group.empty}
          lines={groups[group.status]}
          currency={currency}
          statementKind={result.import?.kind === "stripe" ? "stripe" : "bank"}
        />
      ))}
    </>
  )
}

const LineGroup = ({
  title,
  empty,
  lines,
  currency,
  statementKind,
}: {
  title: string
  empty: string
  lines: ReconLine[]
  currency: string
  statementKind: StatementKind
}) => (
  <Container className="divide-y p-0" role="region" aria-label={title}>
    <div className="px-6 py-4">
      <Heading level="h2">
        {title} ({lines.length})
      </Heading>
    </div>
    {lines.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {empty}
      </Text>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Line</Table.HeaderCell>
            <Table.HeaderCell>Date</Table.HeaderCell>
            <Table.HeaderCell>Reference</Table.HeaderCell>
            <Table.HeaderCell>Description</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell>Matched to</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Action</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {lines.map((line, index) => (
            <Table.Row key={line.id ?? `${line.line}-${index}`} className="align-top [&_td]:py-3">
              <Table.Cell>{line.line ?? "—"}</Table.Cell>
              <Table.Cell className="whitespace-nowrap">{line.date}</Table.Cell>
              <Table.Cell className="font-mono text-xs">{line.reference || "—"}</Table.Cell>
              <Table.Cell className="max-w-[280px] whitespace-normal break-words">{line.description}</Table.Cell>
              <Table.Cell className="text-right">
                <Money amount={line.amount} currency={currency} />
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-col items-start gap-y-1">
                  <LineStatusBadge status={line.status} />
                  {line.target_id && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {line.target_kind ? TARGET_LABELS[line.target_kind] : "Target"} {line.target_reference ?? line.target_id}
                    </Text>
                  )}
                  {line.status === "mismatched" && line.difference !== null && (
                    <Text size="xsmall" className="text-ui-fg-error">
                      Difference {formatDifference(line.difference, currency)}
                    </Text>
                  )}
                  {line.note && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      Note: {line.note}
                    </Text>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell className="text-right">
                <LineActions line={line} statementKind={statementKind} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </Container>
)

export const config = defineRouteConfig({ label: "Reconciliation" })

export default ReconciliationPage
