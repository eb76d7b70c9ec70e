import { CsvError } from "./csv-error.js";
import { currencyExponent } from "./currency-exponent.js";

/*
 * Amounts as people and banks write them → integer minor units.
 *
 * Accepted: "1250000", "1.250.000", "1,250,000.00", "1.250.000,00", "Rp 1.250.000,00", "Rp1.250.000",
 * "Rp 25.000,-" (",-" = no cents), "IDR 1.250.000", "USD 12.50", "$12.50", "1 250 000",
 * negatives "-25.000", "25.000-", "(25.000)", "25.000 DB" / "25.000 D" / "25.000 DR" (debit, money out),
 * credits "25.000 CR" / "25.000 K" / "25.000 KR" (money in, positive).
 *
 * Which of "." and "," is the decimal mark (the rule, in order):
 *   1. Both appear: the last one is the decimal mark; the other is the thousands separator.
 *   2. One of them appears more than once: it is the thousands separator ("1.250.000", "1,250,000").
 *   3. One of them appears once, followed by exactly three digits: a thousands separator, because no
 *      currency we take (IDR 0 decimals, USD 2) has three decimals — "1.250" is 1250 in IDR and 1250.00
 *      in USD. For a currency with 3+ decimals this is ambiguous and refused.
 *   4. One of them appears once, followed by any other number of digits: the decimal mark ("12.50", "12,5").
 * Thousands groups must be well formed ("1.25.000" is refused). Decimals beyond the currency's exponent
 * are accepted only when they are zeros ("Rp 1.250.000,00" is 1250000; "Rp 1.250,50" is refused).
 * A currency marker that contradicts the currency ("Rp" in a USD file) is refused.
 */

const CURRENCY_MARKERS: { pattern: RegExp; currency: string }[] = [
  { pattern: /^RP\.?/i, currency: "IDR" },
  { pattern: /^IDR/i, currency: "IDR" },
  { pattern: /^US\$/i, currency: "USD" },
  { pattern: /^USD/i, currency: "USD" },
  { pattern: /^\$/, currency: "USD" },
];
const TRAILING_CURRENCY = /\s*\b(IDR|USD)$/i;
const DEBIT_CREDIT_SUFFIX = /(?<![A-Z])\s*(DEBIT|DEBET|DB|DR|D|KREDIT|CREDIT|CR|KR|K)\.?$/i;
const DEBIT_WORDS = new Set(["DEBIT", "DEBET", "DB", "DR", "D"]);

export function parseAmount(text: string, currency: string): number {
  const exponent = currencyExponent(currency);
  const wanted = currency.trim().toUpperCase();
  const shown = `"${text}"`;
  let s = text.normalize("NFKC").replace(/\u2212/g, "-").trim();
  if (s.startsWith("'")) s = s.slice(1).trim(); // Excel's "keep as text" marker
  if (s === "") throw new CsvError("amount", "The amount is empty.");

  const signs: ("-" | "+")[] = [];
  const noteMarker = (found: string): void => {
    if (found !== wanted) {
      throw new CsvError("amount", `The amount ${shown} is in ${found}, but this file is ${wanted}.`);
    }
  };

  const suffix = DEBIT_CREDIT_SUFFIX.exec(s);
  if (suffix && /[\d)]/.test(s.slice(0, suffix.index).trim().slice(-1))) {
    signs.push(DEBIT_WORDS.has(suffix[1]!.toUpperCase()) ? "-" : "+");
    s = s.slice(0, suffix.index).trim();
  }
  const trailingCurrency = TRAILING_CURRENCY.exec(s);
  if (trailingCurrency) {
    noteMarker(trailingCurrency[1]!.toUpperCase());
    s = s.slice(0, trailingCurrency.index).trim();
  }
  if (s.startsWith("(") && s.endsWith(")")) {
    signs.push("-");
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/(\d)[.,]-{1,2}$/, "$1"); // "25.000,-": Indonesian for "no cents", not a minus
  for (let peeled = true; peeled; ) {
    peeled = false;
    if (s.startsWith("-") || s.startsWith("+")) {
      signs.push(s[0] as "-" | "+");
      s = s.slice(1).trim();
      peeled = true;
    }
    for (const marker of CURRENCY_MARKERS) {
      const m = marker.pattern.exec(s);
      if (m) {
        noteMarker(marker.currency);
        s = s.slice(m[0].length).trim();
        peeled = true;
        break;
      }
    }
  }
  if (s.endsWith("-")) {
    signs.push("-");
    s = s.slice(0, -1).trim();
  }
  if (signs.length > 1) {
    throw new CsvError("amount", `The amount ${shown} has more than one sign (minus, brackets, DB/CR); write it once.`);
  }

  const minor = unsignedMinor(s, exponent, wanted, shown);
  return signs[0] === "-" && minor !== 0 ? -minor : minor;
}

/** The body without sign or currency: digits with "." / "," / space separators → minor units. */
function unsignedMinor(body: string, exponent: number, currency: string, shown: string): number {
  if (!/^\d[\d., ]*$/.test(body) || !/\d$/.test(body)) {
    throw new CsvError("amount", `The amount ${shown} is not a number.`);
  }
  let s = body;
  if (s.includes(" ")) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) {
      throw new CsvError("amount", `The amount ${shown} has spaces where digits were expected.`);
    }
    s = s.replace(/ /g, "");
    if (/^\d+[.,]\d{3}$/.test(s)) s = s.replace(/[.,]/, ""); // "1 250.000": the space groups thousands
  }

  const dots = count(s, ".");
  const commas = count(s, ",");
  let thousands: string | null = null;
  let decimal: string | null = null;
  if (dots > 0 && commas > 0) {
    decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    thousands = decimal === "." ? "," : ".";
    if (count(s, decimal) > 1 || s.lastIndexOf(thousands) > s.lastIndexOf(decimal)) {
      throw new CsvError("amount", `The amount ${shown} mixes "." and "," in a way that is not a number.`);
    }
  } else if (dots + commas > 1) {
    thousands = dots > 0 ? "." : ",";
  } else if (dots + commas === 1) {
    const sep = dots > 0 ? "." : ",";
    const digitsAfter = s.length - s.indexOf(sep) - 1;
    if (digitsAfter === 3) {
      if (exponent >= 3) {
        throw new CsvError("amount", `The amount ${shown} is ambiguous: "${sep}" could group thousands or mark ${currency} decimals.`);
      }
      thousands = sep;
    } else {
      decimal = sep;
    }
  }

  const [integerText = "", fractionText = ""] = decimal === null ? [s] : s.split(decimal);
  let integerDigits = integerText;
  if (thousands !== null) {
    const groups = integerText.split(thousands);
    const wellFormed = /^[1-9]\d{0,2}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (!wellFormed) {
      throw new CsvError("amount", `The amount ${shown} has misplaced thousands separators.`);
    }
    integerDigits = groups.join("");
  }
  if (!/^\d+$/.test(integerDigits) || (decimal !== null && !/^\d+$/.test(fractionText))) {
    throw new CsvError("amount", `The amount ${shown} is not a number.`);
  }
  if (fractionText.length > exponent && /[1-9]/.test(fractionText.slice(exponent))) {
    const allowed = exponent === 0 ? "no decimals" : `only ${exponent} decimals`;
    throw new CsvError("amount", `The amount ${shown} has more decimals than ${currency} allows (${allowed}).`);
  }
  return toSafeInteger(integerDigits, fractionText, exponent, shown);
}

/**
 * Machine-written decimals in major units, "." as decimal mark and no thousands separators
 * ("-1234.56", "150000.00", "0"): Stripe's reports. Stricter than parseAmount on purpose.
 */
export function parsePlainDecimal(text: string, currency: string): number {
  const exponent = currencyExponent(currency);
  const shown = `"${text}"`;
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new CsvError("amount", `The amount ${shown} is not a plain decimal number.`);
  const fraction = m[3] ?? "";
  if (fraction.length > exponent && /[1-9]/.test(fraction.slice(exponent))) {
    throw new CsvError("amount", `The amount ${shown} has more decimals than ${currency.toUpperCase()} allows.`);
  }
  const minor = toSafeInteger(m[2]!, fraction, exponent, shown);
  return m[1] === "-" && minor !== 0 ? -minor : minor;
}

function toSafeInteger(integerDigits: string, fractionText: string, exponent: number, shown: string): number {
  const fraction = fractionText.slice(0, exponent).padEnd(exponent, "0");
  const minor = BigInt(integerDigits) * 10n ** BigInt(exponent) + BigInt(fraction === "" ? "0" : fraction);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new CsvError("amount", `The amount ${shown} is too large.`);
  }
  return Number(minor);
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}
