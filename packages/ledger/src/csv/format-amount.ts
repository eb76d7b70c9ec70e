import { currencyExponent } from "./currency-exponent.js";

/**
 * Minor units → major units as a plain decimal string, no thousands separators, "." as decimal mark,
 * exactly the currency's decimals: IDR 1250000 → "1250000", USD 1250 → "12.50", USD -5 → "-0.05".
 */
export function formatPlainMajor(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Amount ${minor} is not an integer number of minor units.`);
  const exponent = currencyExponent(currency);
  const digits = Math.abs(minor).toString().padStart(exponent + 1, "0");
  const sign = minor < 0 ? "-" : "";
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
