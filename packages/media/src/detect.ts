/** The image types an upload may be. Decided from the bytes only: never from a file name or a declared MIME type. */
export type ImageType = "jpeg" | "png" | "webp" | "heic";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** ISO-BMFF brands of HEIF images coded with HEVC (what phones call HEIC). */
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
/** Brands that only say "some HEIF image": HEIC when a HEIC brand is also listed, else (e.g. AVIF) not ours. */
const GENERIC_HEIF_BRANDS = new Set(["mif1", "msf1"]);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let text = "";
  for (let i = start; i < start + length; i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** An ISO-BMFF file whose first box is `ftyp` naming a HEIC brand (as major brand, or as a compatible one of mif1/msf1). */
function isHeic(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== "ftyp") return false;
  const boxSize = ((bytes[0] ?? 0) << 24 >>> 0) + ((bytes[1] ?? 0) << 16) + ((bytes[2] ?? 0) << 8) + (bytes[3] ?? 0);
  if (boxSize < 16 || boxSize > bytes.length || boxSize > 1024 || boxSize % 4 !== 0) return false;
  const major = ascii(bytes, 8, 4);
  if (HEIC_BRANDS.has(major)) return true;
  if (!GENERIC_HEIF_BRANDS.has(major)) return false;
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) {
    if (HEIC_BRANDS.has(ascii(bytes, offset, 4))) return true;
  }
  return false;
}

/**
 * The image type of `bytes` from their magic numbers, or null for anything else (SVG, GIF, text, AVIF, TIFF…).
 * Only the first bytes are looked at: whether the rest is a valid image is for the decoder to say.
 */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, PNG_SIGNATURE)) return "png";
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WEBP") {
    const chunk = ascii(bytes, 12, 4);
    return chunk === "VP8 " || chunk === "VP8L" || chunk === "VP8X" ? "webp" : null;
  }
  if (isHeic(bytes)) return "heic";
  return null;
}
