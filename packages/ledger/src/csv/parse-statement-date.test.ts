import { describe, expect, it } from "vitest";
import { parseStatementDate } from "./parse-statement-date.js";

describe("parseStatementDate", () => {
  it.each([
    ["2026-11-28", "2026-11-28"],
    ["2026/11/28", "2026-11-28"],
    ["28/11/2026", "2026-11-28"],
    ["28-11-2026", "2026-11-28"],
    ["28.11.2026", "2026-11-28"],
    ["1/2/2026", "2026-02-01"],
    ["28/11/26", "2026-11-28"],
    ["28 Nov 2026", "2026-11-28"],
    ["28-Nov-2026", "2026-11-28"],
    ["28 Desember 2026", "2026-12-28"],
    ["17 Agu 2026", "2026-08-17"],
    ["Nov 28, 2026", "2026-11-28"],
    ["28/11/2026 14:05:33", "2026-11-28"],
    ["2026-11-28T14:05:33+07:00", "2026-11-28"],
  ])("%s → %s", (text, expected) => {
    expect(parseStatementDate(text)).toBe(expected);
  });

  it.each([
    ["11/28/2026", /looks month-first/],
    ["31/02/2026", /does not exist/],
    ["28/11", /has no year/],
    ["28 Foo 2026", /month name/],
    ["kemarin", /not a date/],
  ])("refuses %s", (text, message) => {
    expect(() => parseStatementDate(text)).toThrow(message);
  });
});
