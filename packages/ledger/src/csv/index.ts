export { CsvError } from "./csv-error.js";
export { parseAmount, parsePlainDecimal } from "./parse-amount.js";
export { formatPlainMajor } from "./format-amount.js";
export { decodeCsvBytes, decodeCsvBytesWithEncoding, type CsvEncoding } from "./decode-csv-bytes.js";
export { parseStatementDate } from "./parse-statement-date.js";
export type { StatementLine } from "./statement-line.js";
export { parseBankStatement } from "./parse-bank-statement.js";
export { bulkTransferCsv, neutraliseFormula, type BulkTransferRow } from "./bulk-transfer-csv.js";
export { parseStripeBalanceReport, type StripeBalanceRow } from "./parse-stripe-balance-report.js";
