import { parse } from "csv-parse/sync";
import { atLine, CsvError } from "./csv-error.js";
import { parsePlainDecimal } from "./parse-amount.js";

export interface StripeBalanceRow {
  /** Balance transaction id, "txn_…". */
  id: string;
  /** `type` when the report has it (charge, refund, payment, payment_refund, adjustment, payout…), else `reporting_category`. */
  type: string;
  /** The Stripe object behind it (ch_…, re_…, po_…), or null. */
  source: string | null;
  /** Gross, fee and net in minor units of `currency` (the report writes major units, e.g. "12.50"). */
  amount: number;
  fee: number;
  net: number;
  /** Upper case, e.g. "USD". */
  currency: string;
  /** ISO 8601 UTC, e.g. "2026-11-28T10:15:00Z". */
  created: string;
  description: string | null;
}

/*
 * Column names, after lower-casing and turning "Created (UTC)" into "created_utc":
 *  - the Balance report's "Itemized balance change from activity" (balance_change_from_activity.itemized.*):
 *    balance_transaction_id, created_utc / created, currency, gross, fee, net, reporting_category,
 *    source_id, description — amounts in major units;
 *  - the Dashboard's balance-transactions export: id, type, source, amount, fee, net, currency,
 *    created (utc), description.
 * "created" without "_utc" is in the timezone the report was run in; Stripe's default is UTC, and that
 * is what is assumed. Preference when both exist: created_utc over created, type over reporting_category.
 */
const FIELDS = {
  id: ["balance_transaction_id", "id"],
  type: ["type", "reporting_category"],
  source: ["source_id", "source"],
  amount: ["gross", "amount"],
  fee: ["fee"],
  net: ["net"],
  currency: ["currency"],
  created: ["created_utc", "created"],
  description: ["description"],
} as const;
const REQUIRED = ["id", "type", "amount", "fee", "net", "currency", "created"] as const;

function normaliseStripeHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/\(utc\)/g, "utc").replace(/[^a-z0-9[\]]+/g, "_").replace(/^_|_$/g, "");
}

export function parseStripeBalanceReport(text: string): { rows: StripeBalanceRow[] } {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new CsvError("empty", "The file is empty.");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw new CsvError("malformed", `The file could not be read as CSV (${(e.message ?? "").replace(/ at line \d+/, "")}).`, e.lines);
  }
  const [header, ...data] = records;
  const names = header!.record.map(normaliseStripeHeader);
  const column = {} as Record<keyof typeof FIELDS, number | undefined>;
  for (const field of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    const index = FIELDS[field].map((alias) => names.indexOf(alias)).find((i) => i >= 0);
    column[field] = index;
  }
  const missing = REQUIRED.filter((field) => column[field] === undefined);
  if (missing.length > 0) {
    throw new CsvError(
      "columns",
      "This is not a Stripe balance report: it needs columns balance_transaction_id, created_utc, reporting_category, " +
        `gross, fee, net, currency. Found: ${header!.record.join(", ")}.`,
      header!.info.lines,
    );
  }
  const rows = data.map(({ record, info }) =>
    atLine(info.lines, () => {
      const cell = (field: keyof typeof FIELDS): string => {
        const index = column[field];
        return index === undefined ? "" : (record[index] ?? "").trim();
      };
      const currency = cell("currency").toUpperCase();
      if (currency === "") throw new CsvError("currency", "The currency is empty.");
      const id = cell("id");
      if (id === "") throw new CsvError("row", "The balance transaction id is empty.");
      return {
        id,
        type: cell("type"),
        source: cell("source") || null,
        amount: parsePlainDecimal(cell("amount"), currency),
        fee: parsePlainDecimal(cell("fee") || "0", currency),
        net: parsePlainDecimal(cell("net"), currency),
        currency,
        created: stripeTimestamp(cell("created")),
        description: cell("description") || null,
      };
    }),
  );
  return { rows };
}

function stripeTimestamp(text: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(?:Z|\+00:?00| UTC)?$/.exec(text);
  if (m) return `${m[1]}T${m[2]}${m[3] ?? ":00"}Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00Z`;
  if (/^\d{9,11}$/.test(text)) return new Date(Number(text) * 1000).toISOString().replace(/\.000Z$/, "Z");
  throw new CsvError("date", `The time "${text}" is not a Stripe report time (2026-11-28 10:15:00).`);
}
