import { createHash } from "node:crypto";

/** Whitespace collapsed, upper case, Unicode NFC: what a bank may change between two exports of a row. */
export function normaliseStatementText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toUpperCase();
}

/** The part of a fingerprint that two identical rows share; rows are told apart by occurrence index. */
export function statementRowKey(row: { currency: string; date: string; amount: number; reference: string; description: string }): string {
  return [
    row.currency.trim().toUpperCase(),
    row.date,
    String(row.amount),
    normaliseStatementText(row.reference),
    normaliseStatementText(row.description),
  ].join("|");
}

/**
 * sha256 (hex) of currency|date|amount|reference|description|occurrence, text normalised. The currency
 * is included so that an IDR row of 1250 and a USD row of 12.50 never collide. `occurrence` counts
 * earlier identical rows in the same file (0 for the first), so re-importing a file, or a later
 * statement that repeats its rows, yields the same fingerprints.
 */
export function statementFingerprint(rowKey: string, occurrence: number): string {
  return createHash("sha256").update(`${rowKey}|${occurrence}`).digest("hex");
}
