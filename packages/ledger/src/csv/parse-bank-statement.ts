import { atLine, CsvError } from "./csv-error.js";
import { parseAmount } from "./parse-amount.js";
import { parseStatementDate } from "./parse-statement-date.js";
import { CANDIDATE_DELIMITERS, readCsvRows, type CsvRow } from "./read-csv-rows.js";
import { findStatementColumns, isSummaryRow, looksLikeStatementHeader, type StatementColumns } from "./statement-columns.js";
import { statementFingerprint, statementRowKey } from "./statement-fingerprint.js";
import type { StatementLine } from "./statement-line.js";

const HEADER_SEARCH_ROWS = 30;
const NEEDED = "The file needs columns: date, amount (or debit and credit), reference or description.";

interface Layout {
  rows: CsvRow[];
  headerIndex: number;
  columns: StatementColumns;
}

/**
 * A bank's CSV export → statement lines. The separator (",", ";" or tab) is the one with which a
 * header row is found; rows above the header (account number, period…) and summary rows (Saldo Awal,
 * Mutasi Kredit…) are skipped. See statement-columns.ts for header names, parse-amount.ts for amounts,
 * parse-statement-date.ts for dates. A reference column is optional when there is a description
 * (BCA and Mandiri put the transfer's remark in the description).
 */
export function parseBankStatement(text: string, currency: string): { lines: StatementLine[]; warnings: string[] } {
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new CsvError("empty", "The file is empty.");
  const { rows, headerIndex, columns } = findLayout(text);
  const header = rows[headerIndex]!;
  if (columns.reference === undefined && columns.description === undefined) {
    throw new CsvError("columns", `${NEEDED} Found: ${header.cells.filter((c) => c !== "").join(", ")}.`, header.line);
  }

  const warnings: string[] = [];
  const parsed: Omit<StatementLine, "fingerprint">[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (isSummaryRow(row.cells)) {
      warnings.push(`Line ${row.line} ("${row.cells.find((c) => c !== "")}") is a summary line, not a transaction; it was skipped.`);
      continue;
    }
    checkColumnCount(row, header);
    parsed.push(atLine(row.line, () => readLine(row, columns, currency)));
  }
  if (parsed.length === 0) throw new CsvError("empty", "The file has a header but no transactions.");

  const seen = new Map<string, number[]>();
  const lines = parsed.map((line) => {
    const key = statementRowKey({ currency, ...line });
    const earlier = seen.get(key) ?? [];
    seen.set(key, [...earlier, line.line]);
    return { ...line, fingerprint: statementFingerprint(key, earlier.length) };
  });
  for (const lineNumbers of seen.values()) {
    if (lineNumbers.length > 1) {
      warnings.push(
        `Lines ${lineNumbers.join(", ")} are identical (same date, amount, reference and description). ` +
          "They are kept as separate transactions; check the bank statement if one is a mistake.",
      );
    }
  }
  return { lines, warnings };
}

function findLayout(text: string): Layout {
  let best: Layout | null = null;
  let firstError: unknown = null;
  let widestFirstRow: CsvRow | null = null;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    let rows: CsvRow[];
    try {
      rows = readCsvRows(text, delimiter);
    } catch (error) {
      firstError ??= error;
      continue;
    }
    const first = rows[0];
    if (first && (!widestFirstRow || first.cells.length > widestFirstRow.cells.length)) widestFirstRow = first;
    const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => looksLikeStatementHeader(findStatementColumns(row.cells)));
    if (headerIndex < 0) continue;
    const width = rows[headerIndex]!.cells.length;
    if (!best || width > best.rows[best.headerIndex]!.cells.length) {
      best = { rows, headerIndex, columns: findStatementColumns(rows[headerIndex]!.cells) };
    }
  }
  if (best) return best;
  if (firstError) throw firstError; // broken quoting with one separator explains a header missing with the others
  const found = widestFirstRow ? widestFirstRow.cells.filter((c) => c !== "").join(", ") : "nothing";
  throw new CsvError("columns", `${NEEDED} Found: ${found}.`, widestFirstRow?.line);
}

function checkColumnCount(row: CsvRow, header: CsvRow): void {
  const expected = header.cells.length;
  const extraAreEmpty = row.cells.slice(expected).every((cell) => cell === "");
  if (row.cells.length < expected || !extraAreEmpty) {
    throw new CsvError(
      "row",
      `This row has ${row.cells.length} columns but the header (line ${header.line}) has ${expected}. ` +
        "A separator inside a description must be in quotes.",
      row.line,
    );
  }
}

function readLine(row: CsvRow, columns: StatementColumns, currency: string): Omit<StatementLine, "fingerprint"> {
  const cell = (index: number | undefined): string => (index === undefined ? "" : row.cells[index] ?? "");
  const dateText = cell(columns.date);
  if (dateText === "") throw new CsvError("date", "The date is empty.");
  return {
    line: row.line,
    date: parseStatementDate(dateText),
    amount: readAmount(cell, columns, currency),
    reference: cell(columns.reference).replace(/\s+/g, " "),
    description: cell(columns.description).replace(/\s+/g, " "),
  };
}

const DEBIT_MARKS = new Set(["D", "DB", "DR", "DEBIT", "DEBET"]);
const CREDIT_MARKS = new Set(["K", "KR", "CR", "C", "CREDIT", "KREDIT"]);

function readAmount(cell: (index: number | undefined) => string, columns: StatementColumns, currency: string): number {
  if (columns.amount !== undefined) {
    const amount = parseAmount(cell(columns.amount), currency);
    const mark = cell(columns.direction).toUpperCase().replace(/\.$/, "");
    if (mark === "") return amount;
    if (DEBIT_MARKS.has(mark)) return -Math.abs(amount);
    if (CREDIT_MARKS.has(mark)) return Math.abs(amount);
    throw new CsvError("amount", `The debit/credit mark "${cell(columns.direction)}" is neither D/DB (debit) nor K/CR (credit).`);
  }
  const debitText = cell(columns.debit);
  const creditText = cell(columns.credit);
  const debit = debitText === "" ? 0 : Math.abs(parseAmount(debitText, currency));
  const credit = creditText === "" ? 0 : Math.abs(parseAmount(creditText, currency));
  if (debit !== 0 && credit !== 0) {
    throw new CsvError("amount", `The row has both a debit (${debitText}) and a credit (${creditText}); a transaction is one or the other.`);
  }
  if (debitText === "" && creditText === "") throw new CsvError("amount", "The row has neither a debit nor a credit amount.");
  return credit - debit;
}
