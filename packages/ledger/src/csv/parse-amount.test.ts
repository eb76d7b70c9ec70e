import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvError } from "./csv-error.js";
import { parseAmount } from "./parse-amount.js";

describe("parseAmount", () => {
  it.each([
    ["1250000", "IDR", 1250000],
    ["1.250.000", "IDR", 1250000],
    ["Rp 1.250.000,00", "IDR", 1250000],
    ["Rp1.250.000", "IDR", 1250000],
    ["Rp. 1.250.000", "IDR", 1250000],
    ["IDR 1.250.000", "IDR", 1250000],
    ["1.250.000 IDR", "IDR", 1250000],
    ["Rp 25.000,-", "IDR", 25000],
    ["1 250 000", "IDR", 1250000],
    ["1\u00A0250\u00A0000", "IDR", 1250000],
    ["1,250,000.00", "IDR", 1250000],
    ["150000.00", "IDR", 150000],
    ["1.250", "IDR", 1250],
    ["-25.000", "IDR", -25000],
    ["25.000-", "IDR", -25000],
    ["(25.000)", "IDR", -25000],
    ["\u221225.000", "IDR", -25000],
    ["25.000 DB", "IDR", -25000],
    ["1.250.000,00 DB", "IDR", -1250000],
    ["25.000 D", "IDR", -25000],
    ["25.000 CR", "IDR", 25000],
    ["25.000 K", "IDR", 25000],
    ["-Rp 25.000", "IDR", -25000],
    ["Rp -25.000", "IDR", -25000],
    ["'1.250.000", "IDR", 1250000],
    ["0", "IDR", 0],
    ["-0", "IDR", 0],
    ["12.50", "USD", 1250],
    ["12,50", "USD", 1250],
    ["12.5", "USD", 1250],
    ["$12.50", "USD", 1250],
    ["USD 1,250,000.00", "USD", 125000000],
    ["1.250.000,00", "USD", 125000000],
    ["1,250", "USD", 125000],
    ["1250", "USD", 125000],
    ["(12.50)", "USD", -1250],
    ["0.05", "USD", 5],
    ["12.50 usd", "usd", 1250],
  ])("%s %s → %d", (text, currency, expected) => {
    expect(parseAmount(text, currency)).toBe(expected);
  });

  it.each([
    ["", "IDR", /empty/],
    ["abc", "IDR", /"abc" is not a number/],
    ["12abc", "IDR", /not a number/],
    ["1.25.000", "IDR", /misplaced thousands separators/],
    ["1,250.000.5", "IDR", /mixes "\." and ","/],
    ["Rp 1.250,50", "IDR", /more decimals than IDR allows \(no decimals\)/],
    ["12.50", "IDR", /more decimals than IDR allows/],
    ["12.345.6", "USD", /mixes|misplaced|not a number/],
    ["1.2345", "USD", /more decimals than USD allows \(only 2 decimals\)/],
    ["Rp 12.50", "USD", /is in IDR, but this file is USD/],
    ["$12.50", "IDR", /is in USD, but this file is IDR/],
    ["-25.000 DB", "IDR", /more than one sign/],
    ["(-25.000)", "IDR", /more than one sign/],
    ["99999999999999999999", "IDR", /too large/],
    ["1.250.000", "EUR", /Unknown currency "EUR"/],
  ])("refuses %j in %s", (text, currency, message) => {
    expect(() => parseAmount(text, currency)).toThrow(CsvError);
    expect(() => parseAmount(text, currency)).toThrow(message);
  });

  it("errors carry code 'amount'", () => {
    try {
      parseAmount("lima ribu", "IDR");
      expect.unreachable();
    } catch (error) {
      expect((error as CsvError).code).toBe("amount");
    }
  });
});

// Writers in the styles banks and spreadsheets use, to check that reading inverts writing.
function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
function split(minor: number, exponent: number): { sign: string; integer: string; fraction: string } {
  const digits = Math.abs(minor).toString().padStart(exponent + 1, "0");
  return {
    sign: minor < 0 ? "-" : "",
    integer: exponent === 0 ? digits : digits.slice(0, -exponent),
    fraction: exponent === 0 ? "" : digits.slice(-exponent),
  };
}
const idrFormats: ((minor: number) => string)[] = [
  (m) => String(m),
  (m) => { const p = split(m, 0); return `${p.sign}${group(p.integer, ".")}`; },
  (m) => { const p = split(m, 0); return `${p.sign}Rp ${group(p.integer, ".")},00`; },
  (m) => { const p = split(m, 0); return `Rp${p.sign}${group(p.integer, ".")}`; },
  (m) => { const p = split(m, 0); return `${group(p.integer, ",")}.00`.replace(/^/, p.sign); },
  (m) => { const p = split(m, 0); return m < 0 ? `(${group(p.integer, ".")})` : group(p.integer, "."); },
  (m) => { const p = split(m, 0); return `${group(p.integer, ".")},00 ${m < 0 ? "DB" : "CR"}`; },
];
const usdFormats: ((minor: number) => string)[] = [
  (m) => { const p = split(m, 2); return `${p.sign}${p.integer}.${p.fraction}`; },
  (m) => { const p = split(m, 2); return `${p.sign}${group(p.integer, ",")}.${p.fraction}`; },
  (m) => { const p = split(m, 2); return `${p.sign}$${group(p.integer, ",")}.${p.fraction}`; },
  (m) => { const p = split(m, 2); return `${p.sign}${group(p.integer, ".")},${p.fraction}`; },
  (m) => { const p = split(m, 2); return `USD ${p.sign}${group(p.integer, ",")}.${p.fraction}`; },
];

describe("parseAmount inverts the usual ways of writing an amount (property)", () => {
  const minor = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
  it("IDR", () => {
    fc.assert(
      fc.property(minor, fc.integer({ min: 0, max: idrFormats.length - 1 }), (m, f) => parseAmount(idrFormats[f]!(m), "IDR") === m),
      { numRuns: 2000 },
    );
  });
  it("USD", () => {
    fc.assert(
      fc.property(minor, fc.integer({ min: 0, max: usdFormats.length - 1 }), (m, f) => parseAmount(usdFormats[f]!(m), "USD") === m),
      { numRuns: 2000 },
    );
  });
});
