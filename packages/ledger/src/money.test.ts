import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, CURRENCY_EXPONENT, exponentOf, mulDivHalfUp, normalizeCurrency, roundToMinor, toMajor, toMinor } from "./money.js";
import { errorCode } from "./test-helpers.js";

describe("currency table", () => {
  it("keeps rupiah whole and dollars in cents, whatever Intl says", () => {
    expect(CURRENCY_EXPONENT).toEqual({ IDR: 0, USD: 2 });
    expect(exponentOf("idr")).toBe(0);
    expect(exponentOf("USD")).toBe(2);
    expect(normalizeCurrency(" usd ")).toBe("USD");
  });

  it("refuses currencies it does not know", () => {
    expect(errorCode(() => exponentOf("EUR"))).toBe("unknown_currency");
    expect(errorCode(() => exponentOf("toString"))).toBe("unknown_currency");
    expect(errorCode(() => toMinor(1, ""))).toBe("unknown_currency");
  });
});

describe("toMinor", () => {
  it("converts Medusa's numbers exactly", () => {
    expect(toMinor(1250000, "IDR")).toBe(1250000);
    expect(toMinor(12.5, "USD")).toBe(1250);
    expect(toMinor(0.1, "USD")).toBe(10);
    expect(toMinor(19.99, "USD")).toBe(1999);
  });

  it("accepts numeric strings and raw BigNumber values", () => {
    expect(toMinor("1250000", "IDR")).toBe(1250000);
    expect(toMinor("1250000.00", "IDR")).toBe(1250000);
    expect(toMinor(" 12.50 ", "usd")).toBe(1250);
    expect(toMinor("-25000", "IDR")).toBe(-25000);
    expect(toMinor("+7.5", "USD")).toBe(750);
    expect(toMinor(".5", "USD")).toBe(50);
    expect(toMinor("1.25e6", "IDR")).toBe(1250000);
    expect(toMinor(1e21 / 1e10, "IDR")).toBe(100000000000);
    expect(toMinor({ value: "99.90" }, "USD")).toBe(9990);
    expect(toMinor({ value: 150000 }, "IDR")).toBe(150000);
  });

  it("never returns negative zero", () => {
    expect(Object.is(toMinor("-0", "IDR"), 0)).toBe(true);
    expect(Object.is(toMinor(-0, "USD"), 0)).toBe(true);
  });

  it("refuses amounts the currency cannot hold instead of rounding them", () => {
    expect(errorCode(() => toMinor(12.345, "USD"))).toBe("not_representable");
    expect(errorCode(() => toMinor("1250000.5", "IDR"))).toBe("not_representable");
    expect(errorCode(() => toMinor(0.1 + 0.2, "USD"))).toBe("not_representable");
    expect(errorCode(() => toMinor(1e-7, "IDR"))).toBe("not_representable");
  });

  it("refuses things that are not amounts", () => {
    for (const bad of ["", " ", "abc", "1.250.000", "1,250,000", "Rp 1.250.000", "12.50 USD", "--1", "1e", ".", "Infinity", "NaN", "0x10"]) {
      expect(errorCode(() => toMinor(bad, "IDR")), bad).toBe("not_a_number");
    }
    expect(errorCode(() => toMinor(Number.NaN, "IDR"))).toBe("not_a_number");
    expect(errorCode(() => toMinor(Number.POSITIVE_INFINITY, "USD"))).toBe("not_a_number");
    expect(errorCode(() => toMinor(null as unknown as number, "USD"))).toBe("not_a_number");
  });

  it("refuses amounts beyond what a double holds exactly", () => {
    expect(errorCode(() => toMinor("90071992547409.92", "USD"))).toBe("too_large");
    expect(toMinor("90071992547409.91", "USD")).toBe(Number.MAX_SAFE_INTEGER);
    expect(errorCode(() => toMinor("1e999999", "IDR"))).toBe("too_large");
  });
});

describe("roundToMinor", () => {
  it("rounds half away from zero in minor units", () => {
    expect(roundToMinor(12.345, "USD")).toBe(1235);
    expect(roundToMinor(12.344, "USD")).toBe(1234);
    expect(roundToMinor("-12.345", "USD")).toBe(-1235);
    expect(roundToMinor("1250000.4999", "IDR")).toBe(1250000);
    expect(roundToMinor("1250000.5", "IDR")).toBe(1250001);
    expect(roundToMinor(19.99, "USD")).toBe(1999);
  });
});

describe("toMajor", () => {
  it("gives Medusa's decimal major units back", () => {
    expect(toMajor(1250000, "IDR")).toBe(1250000);
    expect(toMajor(1250, "USD")).toBe(12.5);
    expect(toMajor(1999, "usd")).toBe(19.99);
    expect(toMajor(-5, "USD")).toBe(-0.05);
    expect(errorCode(() => toMajor(12.5, "IDR"))).toBe("not_integer");
  });

  it("round-trips with toMinor", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.constantFrom("IDR", "USD"), (minor, currency) => {
        expect(toMinor(toMajor(minor, currency), currency)).toBe(minor);
        expect(toMinor(String(toMajor(minor, currency)), currency)).toBe(minor);
      }),
      { numRuns: 200 },
    );
  });
});

describe("mulDivHalfUp", () => {
  it("rounds halves up without floating point", () => {
    expect(mulDivHalfUp(125, 1000, 10000)).toBe(13); // 12.5 → 13
    expect(mulDivHalfUp(124, 1000, 10000)).toBe(12);
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 10000, 10000)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe("allocate", () => {
  it("spreads a card fee over lines so nothing is lost", () => {
    // Stripe fee of Rp 4.501 on an order of three lines.
    expect(allocate(4501, [100000, 100000, 100000])).toEqual([1501, 1500, 1500]);
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(0, [5, 7])).toEqual([0, 0]);
    expect(allocate(7, [0, 3])).toEqual([0, 7]);
  });

  it("refuses to spread over nothing", () => {
    expect(errorCode(() => allocate(5, [0, 0]))).toBe("invalid_amount");
    expect(allocate(0, [])).toEqual([]);
  });

  it("always sums to the total and stays within one unit of the exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = allocate(total, weights);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          const sum = weights.reduce((s, w) => s + w, 0);
          parts.forEach((p, i) => expect(Math.abs(p - (total * (weights[i] as number)) / sum)).toBeLessThan(1 + 1e-6));
        },
      ),
      { numRuns: 200 },
    );
  });
});
