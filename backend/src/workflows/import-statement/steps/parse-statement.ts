import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { decodeCsvBytes, exponentOf, parseBankStatement, parseStripeBalanceReport, type StatementLine } from "@rumah-karya/ledger"
import { asBadFile } from "../errors"

export type StatementKind = "bank" | "stripe"

export interface ParseStatementInput {
  kind: StatementKind
  currency: string
  /** The uploaded file's bytes, base64. */
  file_base64: string
}

/** A statement line, with Stripe's figures when it comes from a Stripe balance report. */
export interface ParsedStatementLine extends StatementLine {
  stripe?: { fee: number; type: string; source: string | null }
}

export interface ParsedStatement {
  lines: ParsedStatementLine[]
  warnings: string[]
}

/** The fingerprint of a Stripe report row: its balance transaction id is unique in Stripe. */
export const stripeFingerprint = (balanceTransactionId: string) => `stripe:${balanceTransactionId}`

/**
 * Reads the uploaded file: decodeCsvBytes (UTF-8, UTF-16 with BOM, or Windows-1252), then the bank statement
 * parser (amounts to integer minor units, dates to YYYY-MM-DD, a fingerprint per line) or Stripe's balance
 * report. Anything the parsers refuse is a 400 with their message.
 */
export const parseStatementStep = createStep("parse-statement", async (input: ParseStatementInput) => {
  const bytes = new Uint8Array(Buffer.from(input.file_base64, "base64"))
  try {
    const text = decodeCsvBytes(bytes)
    if (input.kind === "bank") {
      const parsed = parseBankStatement(text, input.currency)
      return new StepResponse<ParsedStatement>({ lines: parsed.lines, warnings: parsed.warnings })
    }
    const { rows } = parseStripeBalanceReport(text)
    exponentOf(input.currency)
    const warnings: string[] = []
    const others = rows.filter((row) => row.currency !== input.currency)
    if (others.length) {
      warnings.push(
        `${others.length} row(s) in ${[...new Set(others.map((r) => r.currency))].join(", ")} were skipped: this import is in ${input.currency}.`
      )
    }
    // Line numbers as in the file: the header is line 1, one row per line after it.
    const lines: ParsedStatementLine[] = rows
      .map((row, i) => ({ row, line: i + 2 }))
      .filter(({ row }) => row.currency === input.currency)
      .map(({ row, line }) => ({
        line,
        date: row.created.slice(0, 10),
        amount: row.amount,
        reference: row.id,
        description: [row.type, row.source, row.description].filter(Boolean).join(" "),
        fingerprint: stripeFingerprint(row.id),
        stripe: { fee: row.fee, type: row.type, source: row.source },
      }))
    if (!lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The report has no ${input.currency} rows.`)
    return new StepResponse<ParsedStatement>({ lines, warnings })
  } catch (error) {
    return asBadFile(error)
  }
})
