import { CsvError } from "./csv-error.js";
import { decodeWindows1252 } from "./windows-1252.js";

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

const NOT_TEXT = "The file is not UTF-8 text. Save it as CSV UTF-8 and try again.";

/*
 * Which encodings are read, and why:
 *  - UTF-8, with or without the byte-order mark Excel's "CSV UTF-8" writes (the BOM is dropped).
 *  - UTF-16 LE/BE when the file starts with its byte-order mark (Excel "Unicode Text", some bank portals).
 *  - Windows-1252 when the bytes are not valid UTF-8 but are valid Windows-1252 and contain no NUL byte.
 *    Excel on an Indonesian or English Windows saves plain "CSV" in this code page; statement amounts,
 *    dates and references are ASCII and read identically in both encodings, so the only thing a wrong
 *    guess could change is an accented letter in a description — and UTF-8 is always tried first, so a
 *    real UTF-8 file is never read as Windows-1252. A NUL byte (UTF-16 without a BOM, a spreadsheet
 *    file renamed .csv) or a byte Windows-1252 leaves undefined is refused with the message above.
 */
export function decodeCsvBytesWithEncoding(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), "le"), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), "be"), encoding: "utf-16be" };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) throw new CsvError("encoding", NOT_TEXT);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" };
  } catch {
    if (hasBom) throw new CsvError("encoding", NOT_TEXT);
    const text = decodeWindows1252(body);
    if (text === null) throw new CsvError("encoding", NOT_TEXT);
    return { text, encoding: "windows-1252" };
  }
}

/** The file's text; see decodeCsvBytesWithEncoding for which encodings are read. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  return decodeCsvBytesWithEncoding(bytes).text;
}

function decodeUtf16(bytes: Uint8Array, order: "le" | "be"): string {
  if (bytes.length % 2 !== 0) throw new CsvError("encoding", NOT_TEXT);
  const units = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < units.length; i++) {
    const a = bytes[2 * i]!;
    const b = bytes[2 * i + 1]!;
    units[i] = order === "le" ? a | (b << 8) : (a << 8) | b;
  }
  let text = "";
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) {
    throw new CsvError("encoding", NOT_TEXT);
  }
  return text;
}
