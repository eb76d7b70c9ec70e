/**
 * Money at the ledger boundary: Medusa gives decimal major units, the ledger keeps integers in minor units.
 * The exponent table is explicit on purpose: CLDR (and so Intl) gives IDR two decimals, but rupiah are
 * paid and printed in whole units.
 */

export class LedgerError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "LedgerError";
    this.code = code;
  }
}

export const CURRENCY_EXPONENT: Record<string, number> = Object.freeze({ IDR: 0, USD: 2 });

/** The canonical (upper-case) code of a currency the ledger knows; anything else is refused. */
export function normalizeCurrency(currency: string): string {
  const code = typeof currency === "string" ? currency.trim().toUpperCase() : "";
  if (!Object.prototype.hasOwnProperty.call(CURRENCY_EXPONENT, code)) {
    throw new LedgerError("unknown_currency", `Unknown currency "${String(currency)}"; the ledger knows ${Object.keys(CURRENCY_EXPONENT).join(", ")}`);
  }
  return code;
}

export function exponentOf(currency: string): number {
  return CURRENCY_EXPONENT[normalizeCurrency(currency)] as number;
}

/** Medusa's raw BigNumber value (`{ value: "12.50", precision: 20 }`) is accepted as well as numbers and strings. */
export type MajorAmount = number | string | { value: string | number };

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Major units → integer minor units, exactly. A value with more decimals than the currency has
 * (12.345 USD, 10.5 IDR) is refused rather than rounded: silent rounding is how rupiah go missing.
 * Use roundToMinor where rounding is really wanted (e.g. a computed tax share).
 */
export function toMinor(major: MajorAmount, currency: string): number {
  return decimalToMinor(major, currency, "exact");
}

/** Major units → minor units, rounding half away from zero to the currency's exponent. */
export function roundToMinor(major: MajorAmount, currency: string): number {
  return decimalToMinor(major, currency, "round");
}

export function toMajor(minor: number, currency: string): number {
  assertMinor(minor, "amount");
  const exponent = exponentOf(currency);
  const major = minor / 10 ** exponent;
  return major === 0 ? 0 : major;
}

/** Throws unless n is a safe integer (an amount in minor units). */
export function assertMinor(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new LedgerError("not_integer", `${what} must be a whole number of minor units, got ${String(n)}`);
  }
}

/** Throws unless n is a safe integer ≥ 0 (or > 0 when positive is asked for). */
export function assertNonNegativeMinor(n: number, what: string, positive = false): void {
  assertMinor(n, what);
  if (positive ? n <= 0 : n < 0) {
    throw new LedgerError("invalid_amount", `${what} must be ${positive ? "greater than zero" : "zero or more"}, got ${n}`);
  }
}

function decimalToMinor(major: MajorAmount, currency: string, mode: "exact" | "round"): number {
  const exponent = exponentOf(currency);
  const text = majorToText(major);
  const m = DECIMAL.exec(text);
  const intPart = m?.[2] ?? "";
  const fracPart = m?.[3] ?? "";
  if (!m || (intPart === "" && fracPart === "")) {
    throw new LedgerError("not_a_number", `"${text}" is not an amount`);
  }
  const negative = m[1] === "-";
  const written = m[4] === undefined ? 0 : Number(m[4]);
  // Bounds the digit strings built below; no real amount is written with an exponent this size.
  if (Math.abs(written) > 40) throw new LedgerError("too_large", `${text} is out of range for an amount`);
  const shift = exponent + written;
  // Work on the digit string so no binary floating point is involved.
  const all = intPart + fracPart;
  const leadingZeros = all.length - all.replace(/^0+/, "").length;
  const scaled = splitAtPoint(all.slice(leadingZeros), intPart.length + shift - leadingZeros);
  let whole = scaled.whole;
  if (scaled.rest.replace(/0+$/, "") !== "") {
    if (mode === "exact") {
      throw new LedgerError(
        "not_representable",
        `${text} ${normalizeCurrency(currency)} has more than ${exponent} decimal place(s); refusing to round it`,
      );
    }
    if ((scaled.rest[0] ?? "0") >= "5") whole += 1n;
  }
  const signed = negative ? -whole : whole;
  if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new LedgerError("too_large", `${text} ${normalizeCurrency(currency)} is too large for the ledger`);
  }
  const n = Number(signed);
  return n === 0 ? 0 : n;
}

function majorToText(major: MajorAmount): string {
  if (typeof major === "number") {
    if (!Number.isFinite(major)) throw new LedgerError("not_a_number", `${major} is not an amount`);
    return String(major);
  }
  if (typeof major === "string") return major.trim();
  if (major !== null && typeof major === "object" && "value" in major) return majorToText(major.value);
  throw new LedgerError("not_a_number", `${String(major)} is not an amount`);
}

/**
 * Splits a digit string whose decimal point sits after `pointAt` digits into the integer part and the
 * digits after the point (pointAt may be negative or beyond the end of the string).
 */
function splitAtPoint(digits: string, pointAt: number): { whole: bigint; rest: string } {
  if (pointAt <= 0) return { whole: 0n, rest: "0".repeat(-pointAt) + digits };
  if (pointAt >= digits.length) return { whole: BigInt((digits || "0") + "0".repeat(pointAt - digits.length)), rest: "" };
  return { whole: BigInt(digits.slice(0, pointAt)), rest: digits.slice(pointAt) };
}

/** round(a × b / c) with halves rounded up, exactly (BigInt), for a, b ≥ 0 and c > 0. */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  return Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)));
}

/**
 * Splits `total` minor units across `weights` in proportion, exactly: the parts sum to `total`
 * (largest remainder; ties go to the earlier weight). For spreading an order's card fee or an
 * order-level refund over its line items.
 */
export function allocate(total: number, weights: number[]): number[] {
  assertNonNegativeMinor(total, "total");
  weights.forEach((w, i) => assertNonNegativeMinor(w, `weight ${i}`));
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) {
    if (total === 0) return weights.map(() => 0);
    throw new LedgerError("invalid_amount", `Cannot spread ${total} over weights that sum to zero`);
  }
  const t = BigInt(total);
  const parts = weights.map((w) => (t * BigInt(w)) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (t * BigInt(w)) % sum }));
  let left = t - parts.reduce((s, p) => s + p, 0n);
  remainders.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}
