import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CsvError } from "./csv-error.js";
import { decodeCsvBytes } from "./decode-csv-bytes.js";
import { parseBankStatement } from "./parse-bank-statement.js";

const fixture = (name: string): string => readFileSync(join(__dirname, "fixtures", name), "utf8");

function refusal(text: string, currency = "IDR"): CsvError {
  try {
    parseBankStatement(text, currency);
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("expected a CsvError");
}

describe("parseBankStatement: real-looking exports", () => {
  it("BCA-style: preamble above the header, 'Jumlah' with DB/CR, summary rows below are skipped with a warning", () => {
    const { lines, warnings } = parseBankStatement(fixture("bca-mutasi.csv"), "IDR");
    expect(lines.map(({ line, date, amount, reference, description }) => ({ line, date, amount, reference, description }))).toEqual([
      { line: 7, date: "2026-11-28", amount: -1250000, reference: "", description: "TRSF E-BANKING DB 2811/FTSCY/WS95031 RK-12-1 SITI AMINAH" },
      { line: 8, date: "2026-11-28", amount: -475000, reference: "", description: "TRSF E-BANKING DB 2811/FTSCY/WS95032 RK-12-2 MARIA SIHOMBING" },
      { line: 9, date: "2026-11-29", amount: 350000, reference: "", description: "TRSF E-BANKING CR 2911/ORD-1042 PEMBAYARAN PESANAN" },
      { line: 10, date: "2026-11-30", amount: -10000, reference: "", description: "BIAYA ADM" },
    ]);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/^Line 12 \("Saldo Awal"\) is a summary line/);
  });

  it("Mandiri-style: ';' separator, 'No. Referensi', Debet/Kredit columns, amounts '1.250.000,00'", () => {
    const { lines, warnings } = parseBankStatement(fixture("mandiri-semicolon.csv"), "IDR");
    expect(lines.map((l) => [l.line, l.date, l.amount, l.reference])).toEqual([
      [2, "2026-11-28", -1250000, "FT2611280001"],
      [3, "2026-11-28", -475000, "FT2611280002"],
      [4, "2026-11-29", 350000, "FT2611290007"],
    ]);
    expect(lines[0]!.description).toBe("Transfer ke SITI AMINAH RK-12-1");
    expect(warnings).toEqual([]);
  });

  it("English headers in any order and case, amounts '1.250.000' and 'Rp 1.250.000,00', a D/K mark column", () => {
    const text = [
      "DESCRIPTION,Amount,D/K,Reference,Date",
      "Transfer RK-12-1,1.250.000,D,REF1,28 Nov 2026",
      '"Payment, order 1042","Rp 1.250.000,00",K,REF2,2026-11-29',
    ].join("\r\n");
    const { lines } = parseBankStatement(text, "IDR");
    expect(lines.map((l) => [l.date, l.amount, l.reference, l.description])).toEqual([
      ["2026-11-28", -1250000, "REF1", "Transfer RK-12-1"],
      ["2026-11-29", 1250000, "REF2", "Payment, order 1042"],
    ]);
  });

  it("a USD statement in English number style", () => {
    const text = "date,amount,reference,description\n2026-11-28,\"1,250.50\",W1,Wise transfer\n2026-11-28,-12.5,W2,fee\n";
    expect(parseBankStatement(text, "USD").lines.map((l) => l.amount)).toEqual([125050, -1250]);
  });

  it("a Windows-1252 file decoded by decodeCsvBytes parses like its UTF-8 twin", () => {
    const text = "Tanggal;Keterangan;Jumlah\n28/11/2026;Pembayaran – Café;1.250.000\n";
    const cp1252 = Uint8Array.from(Array.from(text, (c) => ({ "–": 0x96, "é": 0xe9 })[c] ?? c.charCodeAt(0)));
    const { lines } = parseBankStatement(decodeCsvBytes(cp1252), "IDR");
    expect(lines[0]).toMatchObject({ description: "Pembayaran – Café", amount: 1250000 });
    expect(lines[0]!.fingerprint).toBe(parseBankStatement(text, "IDR").lines[0]!.fingerprint);
  });

  it("a quoted description spanning two lines keeps the next row's line number right", () => {
    const text = 'date,amount,description\n2026-11-28,1000,"first\nsecond"\n2026-11-29,2000,third\n';
    expect(parseBankStatement(text, "IDR").lines.map((l) => [l.line, l.description])).toEqual([
      [2, "first second"],
      [4, "third"],
    ]);
  });
});

describe("parseBankStatement: duplicates and re-import", () => {
  const text = [
    "date,amount,reference,description",
    "28/11/2026,-475.000,RK-12-2,TRANSFER MARIA",
    "28/11/2026,-475.000,RK-12-2,TRANSFER MARIA",
    "29/11/2026,350.000,ORD-1042,SETORAN",
  ].join("\n");

  it("keeps identical rows as separate lines with distinct fingerprints and warns", () => {
    const { lines, warnings } = parseBankStatement(text, "IDR");
    expect(lines).toHaveLength(3);
    expect(new Set(lines.map((l) => l.fingerprint)).size).toBe(3);
    expect(warnings).toEqual([
      "Lines 2, 3 are identical (same date, amount, reference and description). They are kept as separate transactions; check the bank statement if one is a mistake.",
    ]);
  });

  it("the same statement imported twice gives the same fingerprints (so the caller can skip them)", () => {
    const first = parseBankStatement(text, "IDR").lines.map((l) => l.fingerprint);
    expect(parseBankStatement(text, "IDR").lines.map((l) => l.fingerprint)).toEqual(first);
    expect(first[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the same rows re-exported with ';', other header names, other date and amount styles keep their fingerprints", () => {
    const reExported = [
      "Tanggal;Jumlah;Referensi;Keterangan",
      "2026-11-28;Rp 475.000,00 DB;rk-12-2 ;transfer  maria",
      "2026-11-28;Rp 475.000,00 DB;rk-12-2 ;transfer  maria",
      "2026-11-29;Rp 350.000,00;ORD-1042;Setoran",
    ].join("\n");
    expect(parseBankStatement(reExported, "IDR").lines.map((l) => l.fingerprint)).toEqual(
      parseBankStatement(text, "IDR").lines.map((l) => l.fingerprint),
    );
  });

  it("the same numbers in another currency are other transactions", () => {
    const idr = parseBankStatement("date,amount,description\n2026-11-28,1250,x\n", "IDR").lines[0]!;
    const usd = parseBankStatement("date,amount,description\n2026-11-28,12.50,x\n", "USD").lines[0]!;
    expect(idr.fingerprint).not.toBe(usd.fingerprint);
  });
});

describe("parseBankStatement: refusals name the problem and the line", () => {
  it("empty file, only a BOM, only a header", () => {
    expect(refusal("")).toMatchObject({ code: "empty", message: "The file is empty." });
    expect(refusal("\uFEFF\n\n")).toMatchObject({ code: "empty" });
    expect(refusal("date,amount,description\n")).toMatchObject({ code: "empty", message: "The file has a header but no transactions." });
  });

  it("wrong columns: says what is needed and lists what was found", () => {
    const error = refusal("Nama,Bank,Rekening\nSiti,BCA,123\n");
    expect(error.code).toBe("columns");
    expect(error.message).toBe(
      "Line 1: The file needs columns: date, amount (or debit and credit), reference or description. Found: Nama, Bank, Rekening.",
    );
    expect(refusal("Tanggal;Jumlah;Saldo\n28/11/2026;1.000;2.000\n").message).toMatch(/Found: Tanggal, Jumlah, Saldo\.$/);
  });

  it("a row with the wrong number of columns (an unquoted separator in the description)", () => {
    const error = refusal("date,amount,reference,description\n2026-11-28,1000,R1,ok\n2026-11-28,2000,R2,Pembayaran, pesanan 1042\n");
    expect(error).toMatchObject({ code: "row", line: 3 });
    expect(error.message).toBe(
      "Line 3: This row has 5 columns but the header (line 1) has 4. A separator inside a description must be in quotes.",
    );
    expect(refusal("date,amount,description\n2026-11-28,1000\n")).toMatchObject({ code: "row", line: 2 });
  });

  it("a stray quote inside an unquoted description is text", () => {
    expect(parseBankStatement('date,amount,description\n2026-11-28,1000,TAS 5" ANYAMAN\n', "IDR").lines[0]!.description).toBe('TAS 5" ANYAMAN');
  });

  it("trailing empty cells (Excel's extra separators) are not a wrong column count", () => {
    expect(parseBankStatement("date,amount,description\n2026-11-28,1000,x,,\n", "IDR").lines).toHaveLength(1);
  });

  it("garbage amount, bad date, both debit and credit", () => {
    expect(refusal("date,amount,description\n2026-11-28,1000,a\n2026-11-28,seribu,b\n")).toMatchObject({
      code: "amount",
      line: 3,
      message: 'Line 3: The amount "seribu" is not a number.',
    });
    expect(refusal("date,amount,description\n11/28/2026,1000,a\n")).toMatchObject({ code: "date", line: 2 });
    expect(refusal("date,debit,credit,description\n2026-11-28,1.000,2.000,a\n").message).toMatch(/^Line 2: The row has both a debit/);
    expect(refusal("date,debit,credit,description\n2026-11-28,,,a\n").message).toMatch(/neither a debit nor a credit/);
    expect(refusal("date,amount,description\n2026-11-28,\"Rp 1.250,50\",a\n").message).toMatch(/more decimals than IDR allows/);
  });

  it("broken quoting is a 'malformed' refusal with a line", () => {
    expect(refusal('date,amount,description\n2026-11-28,1000,"unterminated\n')).toMatchObject({ code: "malformed", line: 2 });
    expect(refusal('date,amount,description\n2026-11-28,1000,"unterminated\n').message).toMatch(/^Line 2: The file could not be read as CSV \(Quote Not Closed/);
  });
});
