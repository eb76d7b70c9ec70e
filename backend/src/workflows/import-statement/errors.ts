import { MedusaError } from "@medusajs/framework/utils"

/**
 * The CSV package's refusals (CsvError: wrong columns, encoding, an amount or date it cannot read) and the
 * ledger's (LedgerError: unknown currency, an amount not representable) become 400s with their own message,
 * which names the line and what is wrong, never the file's other content.
 */
export function asBadFile(error: unknown): never {
  const e = error as { name?: string; message?: string }
  if (e?.name === "CsvError" || e?.name === "LedgerError") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message ?? "The file could not be read")
  }
  throw error
}
