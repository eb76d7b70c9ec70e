import { describe, expect, it } from "vitest";
import { decodeCsvBytes, decodeCsvBytesWithEncoding } from "./decode-csv-bytes.js";

const TEXT = "Tanggal,Keterangan,Jumlah\n28/11/2026,Pembayaran – Café Ñusantara,1.250.000\n";

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const bytes = [order === "le" ? 0xff : 0xfe, order === "le" ? 0xfe : 0xff];
  for (const unit of Array.from(text, (c) => c.charCodeAt(0))) {
    bytes.push(...(order === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return Uint8Array.from(bytes);
}

describe("decodeCsvBytes", () => {
  it("reads UTF-8 with and without the BOM Excel writes", () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(decodeCsvBytes(utf8)).toBe(TEXT);
    expect(decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(TEXT);
  });

  it("reads UTF-16 LE and BE when the file starts with a BOM", () => {
    expect(decodeCsvBytesWithEncoding(utf16(TEXT, "le"))).toEqual({ text: TEXT, encoding: "utf-16le" });
    expect(decodeCsvBytesWithEncoding(utf16(TEXT, "be"))).toEqual({ text: TEXT, encoding: "utf-16be" });
  });

  it("reads Windows-1252 (Excel's plain 'CSV' on Windows): en dash, é, Ñ come out right", () => {
    const bytes = Uint8Array.from(
      Array.from(TEXT, (c) => ({ "–": 0x96, "é": 0xe9, "Ñ": 0xd1 })[c] ?? c.charCodeAt(0)),
    );
    expect(decodeCsvBytesWithEncoding(bytes)).toEqual({ text: TEXT, encoding: "windows-1252" });
  });

  it("refuses UTF-16 without a BOM (NUL bytes) with the save-as-UTF-8 message", () => {
    const noBom = utf16("Tanggal,Jumlah\n", "le").subarray(2);
    expect(() => decodeCsvBytes(noBom)).toThrow("The file is not UTF-8 text. Save it as CSV UTF-8 and try again.");
  });

  it("refuses bytes that are neither UTF-8 nor Windows-1252, and a broken UTF-8 file that has a UTF-8 BOM", () => {
    expect(() => decodeCsvBytes(Uint8Array.from([0x41, 0x81, 0x42]))).toThrow(/not UTF-8 text/);
    expect(() => decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x42]))).toThrow(/not UTF-8 text/);
  });

  it("refuses a spreadsheet (xlsx is a zip with NUL bytes) renamed .csv", () => {
    expect(() => decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toThrow(/not UTF-8 text/);
  });

  it("refuses a UTF-16 file with an odd number of bytes", () => {
    expect(() => decodeCsvBytes(Uint8Array.from([0xff, 0xfe, 0x41]))).toThrow(/not UTF-8 text/);
  });
});
