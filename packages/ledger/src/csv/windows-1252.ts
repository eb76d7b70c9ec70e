// Windows-1252 ("ANSI" on Indonesian and Western Windows, what Excel's plain "CSV (Comma delimited)" writes).
// Bytes 0x00–0x7F and 0xA0–0xFF are the same code points as Latin-1; 0x80–0x9F are listed here.
// The five bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are absent: seeing one
// means the file is not Windows-1252 either.
const HIGH_CONTROL_RANGE: Record<number, string> = {
  0x80: "\u20AC", 0x82: "\u201A", 0x83: "\u0192", 0x84: "\u201E", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021",
  0x88: "\u02C6", 0x89: "\u2030", 0x8a: "\u0160", 0x8b: "\u2039", 0x8c: "\u0152", 0x8e: "\u017D",
  0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201C", 0x94: "\u201D", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
  0x98: "\u02DC", 0x99: "\u2122", 0x9a: "\u0161", 0x9b: "\u203A", 0x9c: "\u0153", 0x9e: "\u017E", 0x9f: "\u0178",
};

/** Decodes Windows-1252 bytes, or returns null if a byte is undefined in Windows-1252. */
export function decodeWindows1252(bytes: Uint8Array): string | null {
  let out = "";
  for (const byte of bytes) {
    if (byte >= 0x80 && byte <= 0x9f) {
      const ch = HIGH_CONTROL_RANGE[byte];
      if (ch === undefined) return null;
      out += ch;
    } else {
      out += String.fromCharCode(byte);
    }
  }
  return out;
}
