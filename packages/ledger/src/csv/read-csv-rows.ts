import { parse } from "csv-parse/sync";
import { CsvError } from "./csv-error.js";

export interface CsvRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  /** Cells, trimmed; Excel's leading "'" (keep-as-text marker) removed. */
  cells: string[];
}

export const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;

/**
 * The file's rows with the line each starts on. Blank lines are dropped; rows may have different
 * lengths (the caller decides what a wrong length means). Broken quoting is a CsvError("malformed").
 */
export function readCsvRows(text: string, delimiter: string): CsvRow[] {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      delimiter,
      relax_column_count: true,
      relax_quotes: true, // a stray " inside an unquoted description (5" BAG) is text
      skip_empty_lines: true,
      info: true,
      raw: true,
    }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    const reason = (e.message ?? String(error)).replace(/ at line \d+/, "");
    throw new CsvError("malformed", `The file could not be read as CSV (${reason}).`, e.lines);
  }
  return records
    .map(({ record, info, raw }) => {
      const body = raw.replace(/^[\r\n]+/, "").replace(/\r?\n$|\r$/, "");
      const line = info.lines - count(body, "\n");
      return { line, cells: record.map(cleanCell) };
    })
    .filter((row) => row.cells.some((cell) => cell !== ""));
}

function cleanCell(cell: string): string {
  const trimmed = cell.replace(/\u00A0/g, " ").trim();
  return trimmed.startsWith("'") ? trimmed.slice(1).trim() : trimmed;
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
