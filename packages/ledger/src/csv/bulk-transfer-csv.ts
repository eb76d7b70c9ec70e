import { stringify } from "csv-stringify/sync";
import { CsvError } from "./csv-error.js";
import { formatPlainMajor } from "./format-amount.js";

export interface BulkTransferRow {
  name: string;
  bank: string;
  account: string;
  /** Minor units, > 0. */
  amount: number;
  currency: string;
  reference: string;
}

/**
 * A spreadsheet a spreadsheet program opens formulas in: a cell starting with =, +, -, @, tab or
 * carriage return gets a leading "'" so it is shown as text, never run (OWASP "CSV injection").
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The bank bulk-transfer file for one payout batch: header "name,bank,account,amount,reference", one row
 * per transfer, amount in major units without thousands separators (IDR "1250000", USD "12.50"),
 * "\n" line endings and a final newline. All rows must be in one currency (one batch = one currency)
 * with positive integer amounts; anything else is a CsvError("input").
 */
export function bulkTransferCsv(rows: BulkTransferRow[]): string {
  const currencies = new Set(rows.map((row) => row.currency.trim().toUpperCase()));
  if (currencies.size > 1) {
    throw new CsvError("input", `A transfer file holds one currency; these rows have ${[...currencies].sort().join(" and ")}.`);
  }
  const records = rows.map((row, index) => {
    if (!Number.isSafeInteger(row.amount) || row.amount <= 0) {
      throw new CsvError("input", `Transfer ${index + 1} (${row.reference}) has amount ${row.amount}; it must be a positive whole number of minor units.`);
    }
    return [
      neutraliseFormula(row.name),
      neutraliseFormula(row.bank),
      neutraliseFormula(row.account),
      formatPlainMajor(row.amount, row.currency),
      neutraliseFormula(row.reference),
    ];
  });
  return stringify([["name", "bank", "account", "amount", "reference"], ...records], { record_delimiter: "unix" });
}
