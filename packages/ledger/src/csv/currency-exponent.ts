import { CURRENCY_EXPONENT, exponentOf, LedgerError } from "../money.js";
import { CsvError } from "./csv-error.js";

/** The ledger's exponent (L1's table: IDR 0, USD 2); an unknown currency is a CsvError("currency") here. */
export function currencyExponent(currency: string): number {
  try {
    return exponentOf(currency);
  } catch (error) {
    if (error instanceof LedgerError) {
      throw new CsvError("currency", `Unknown currency "${currency}". Known currencies: ${Object.keys(CURRENCY_EXPONENT).join(", ")}.`);
    }
    throw error;
  }
}
