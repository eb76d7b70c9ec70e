import { CsvError } from "./csv-error.js";

/*
 * Dates as Indonesian banks and spreadsheets write them → "YYYY-MM-DD".
 * "2026-11-28", "2026/11/28", "28/11/2026", "28-11-2026", "28.11.2026", "28/11/26", "28 Nov 2026",
 * "28-Nov-2026", "28 Desember 2026", "Nov 28, 2026"; a time after the date is ignored.
 * Numeric dates with the year last are day first (Indonesian order). "11/28/2026" is refused, not
 * swapped: a file in month-first order would otherwise be read wrongly on every day up to the 12th.
 * Two-digit years are 20xx. A date without a year ("28/11") is refused.
 */
const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2, peb: 2, pebruari: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nopember: 11, november: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

export function parseStatementDate(text: string): string {
  const s = text.trim().replace(/\s+/g, " ");
  const shown = `"${text}"`;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(s))) {
    return checked(+m[1]!, +m[2]!, +m[3]!, shown);
  }
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?$/.exec(s))) {
    const day = +m[1]!;
    const month = +m[2]!;
    if (month > 12 && day <= 12) {
      throw new CsvError("date", `The date ${shown} looks month-first; dates must be day/month/year (28/11/2026).`);
    }
    return checked(fullYear(m[3]!), month, day, shown);
  }
  if ((m = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ ,-]*(\d{2}|\d{4})(?: .*)?$/.exec(s))) {
    return checked(fullYear(m[3]!), monthNumber(m[2]!, shown), +m[1]!, shown);
  }
  if ((m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})(?: .*)?$/.exec(s))) {
    return checked(+m[3]!, monthNumber(m[1]!, shown), +m[2]!, shown);
  }
  if (/^\d{1,2}[-/.]\d{1,2}$/.test(s)) {
    throw new CsvError("date", `The date ${shown} has no year; export the statement with full dates (28/11/2026).`);
  }
  throw new CsvError("date", `The date ${shown} is not a date this importer reads (use 2026-11-28 or 28/11/2026).`);
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + +text : +text;
}

function monthNumber(name: string, shown: string): number {
  const month = MONTHS[name.toLowerCase()];
  if (month === undefined) throw new CsvError("date", `The date ${shown} has a month name this importer does not know.`);
  return month;
}

function checked(year: number, month: number, day: number, shown: string): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new CsvError("date", `The date ${shown} does not exist.`);
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
