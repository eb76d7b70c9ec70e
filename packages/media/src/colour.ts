// Colour helpers of the pipeline: recognising an sRGB ICC profile (so libvips' costly profile-to-sRGB
// conversion can be skipped for photos that are sRGB already) and a photo's dominant colour.

function iccText(icc: Buffer, offset: number, size: number): string | null {
  if (offset + size > icc.length || size < 12) return null;
  const type = icc.toString("latin1", offset, offset + 4);
  if (type === "desc") {
    // ICC v2 textDescriptionType: ASCII count, then the ASCII text.
    const count = icc.readUInt32BE(offset + 8);
    if (12 + count > size) return null;
    return icc.toString("latin1", offset + 12, offset + 12 + count).replace(/\0+$/, "");
  }
  if (type === "mluc" && size >= 28) {
    // ICC v4 multiLocalizedUnicodeType: the first record's UTF-16BE text.
    const length = icc.readUInt32BE(offset + 20);
    const start = offset + icc.readUInt32BE(offset + 24);
    if (start + length > offset + size) return null;
    const text = Buffer.from(icc.subarray(start, start + length));
    return text.swap16().toString("utf16le");
  }
  return null;
}

/** The profile description (the `desc` tag) of an ICC profile, or null when it has none or is malformed. */
export function iccDescription(icc: Buffer): string | null {
  if (icc.length < 132) return null;
  const tags = icc.readUInt32BE(128);
  for (let i = 0; i < tags && 132 + 12 * (i + 1) <= icc.length; i++) {
    const entry = 132 + 12 * i;
    if (icc.toString("latin1", entry, entry + 4) === "desc") {
      return iccText(icc, icc.readUInt32BE(entry + 4), icc.readUInt32BE(entry + 8));
    }
  }
  return null;
}

/**
 * Whether an embedded ICC profile is (by its description) an sRGB one — "sRGB", "sRGB IEC61966-2.1",
 * "sRGB built-in"… — for RGB data. Such pixels are sRGB already; any other profile (Display P3, Adobe RGB, CMYK)
 * must be converted.
 */
export function isSrgbProfile(icc: Buffer): boolean {
  if (icc.length < 132 || icc.toString("latin1", 16, 20) !== "RGB ") return false;
  return /^sRGB\b/i.test(iccDescription(icc) ?? "");
}

/**
 * The dominant colour of raw 8-bit pixels (1–4 channels, alpha last for 2 and 4), as `#rrggbb`: the most common
 * of 4096 colour bins (16 levels a channel) over about 20 000 evenly spread pixels, averaged within that bin.
 * Pixels more than half transparent are left out; an image with none left is white.
 */
export function dominantColour(data: Uint8Array, channels: number): string {
  const pixels = Math.floor(data.length / channels);
  const step = Math.max(1, Math.floor(pixels / 20_000));
  const hasAlpha = channels === 2 || channels === 4;
  const grey = channels <= 2;
  const counts = new Uint32Array(4096);
  const sums = new Float64Array(4096 * 3);
  for (let p = 0; p < pixels; p += step) {
    const i = p * channels;
    if (hasAlpha && (data[i + channels - 1] ?? 0) < 128) continue;
    const r = data[i] ?? 0;
    const g = grey ? r : (data[i + 1] ?? 0);
    const b = grey ? r : (data[i + 2] ?? 0);
    const bin = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4);
    counts[bin] = (counts[bin] ?? 0) + 1;
    sums[bin * 3] = (sums[bin * 3] ?? 0) + r;
    sums[bin * 3 + 1] = (sums[bin * 3 + 1] ?? 0) + g;
    sums[bin * 3 + 2] = (sums[bin * 3 + 2] ?? 0) + b;
  }
  let best = -1;
  let bestCount = 0;
  counts.forEach((count, bin) => {
    if (count > bestCount) [best, bestCount] = [bin, count];
  });
  if (best < 0) return "#ffffff";
  const hex = (sum: number) => Math.round(sum / bestCount).toString(16).padStart(2, "0");
  return `#${hex(sums[best * 3] ?? 0)}${hex(sums[best * 3 + 1] ?? 0)}${hex(sums[best * 3 + 2] ?? 0)}`;
}
