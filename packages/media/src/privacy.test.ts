import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processUpload, type ProcessedImage } from "./index.js";
import {
  FORBIDDEN_STRINGS,
  GPS_RATIONAL_BYTES,
  PHONE_EXIF,
  SECRETS,
  XMP_PACKET,
  canvas,
  jpegWithEverything,
  photoLike,
  pngText,
  pngXmp,
  webpChunks,
  withPngChunks,
} from "./testing/fixtures.js";

/** Every variant: no metadata sharp can see, no metadata chunk, no planted string anywhere in the bytes. */
async function expectNoMetadata(result: ProcessedImage) {
  expect(result.variants.length).toBeGreaterThan(0);
  for (const variant of result.variants) {
    const metadata = await sharp(variant.bytes).metadata();
    expect(metadata.format).toBe("webp");
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.hasProfile).toBe(false);
    expect(metadata.comments).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    // Only image data chunks: no EXIF, XMP or ICCP chunk, and VP8X (if any) flags none of them.
    const chunks = webpChunks(variant.bytes);
    expect(chunks.every((chunk) => ["VP8 ", "VP8L", "VP8X", "ALPH"].includes(chunk))).toBe(true);
    if (chunks[0] === "VP8X") expect((variant.bytes[20] ?? 0) & 0b0010_1100).toBe(0);
    const latin1 = variant.bytes.toString("latin1");
    for (const text of FORBIDDEN_STRINGS) {
      expect(latin1.includes(text), `"${text}" found in a ${variant.width}px variant`).toBe(false);
      expect(variant.bytes.includes(Buffer.from(text, "utf8"))).toBe(false);
    }
    expect(variant.bytes.includes(GPS_RATIONAL_BYTES)).toBe(false);
  }
}

describe("no uploaded metadata survives", () => {
  it("strips EXIF (GPS included), XMP, IPTC, the ICC profile and comments from a phone JPEG", async () => {
    const input = await jpegWithEverything(1200, 900);
    // The fixture really carries all of it.
    const before = await sharp(input).metadata();
    expect(before.exif?.toString("latin1")).toContain(SECRETS.artist);
    expect(before.exif?.toString("latin1")).toContain(SECRETS.datum);
    expect(before.exif?.includes(GPS_RATIONAL_BYTES)).toBe(true);
    expect(before.xmpAsString).toContain("exif:GPSLatitude");
    expect(before.iptc?.toString("utf8")).toContain(SECRETS.city);
    expect(before.iptc?.toString("utf8")).toContain(SECRETS.artist);
    expect(before.icc).toBeDefined();
    // (sharp lists PNG text chunks as comments, not JPEG COM segments: the byte scan below covers those.)
    for (const text of ["Exif", "GPS", "<x:xmpmeta", "Photoshop 3.0", "ICC_PROFILE", SECRETS.artist, SECRETS.comment]) {
      expect(input.toString("latin1").includes(text) || input.includes(Buffer.from(text)), text).toBe(true);
    }

    const result = await processUpload(input);
    expect(result.variants.map((v) => v.width)).toEqual([400, 800]);
    await expectNoMetadata(result);
  });

  it("strips eXIf, XMP and text chunks from a PNG", async () => {
    const png = await photoLike(900, 600).png().withExif(PHONE_EXIF).toBuffer();
    const input = withPngChunks(png, [pngText("Author", SECRETS.artist), pngText("Comment", SECRETS.comment), pngXmp(XMP_PACKET)]);
    const before = await sharp(input).metadata();
    expect(before.exif?.toString("latin1")).toContain(SECRETS.datum);
    expect(before.xmpAsString).toContain("exif:GPSLatitude");
    expect(before.comments?.map((c) => c.text)).toEqual(expect.arrayContaining([SECRETS.artist, SECRETS.comment]));

    await expectNoMetadata(await processUpload(input));
  });

  it("strips EXIF and XMP from a WebP", async () => {
    const input = await photoLike(900, 600).webp().withExif(PHONE_EXIF).withXmp(XMP_PACKET).withIccProfile("p3").toBuffer();
    const before = await sharp(input).metadata();
    expect(before.exif?.toString("latin1")).toContain(SECRETS.artist);
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();

    await expectNoMetadata(await processUpload(input));
  });

  it("converts a Display P3 photo's colours to sRGB instead of just dropping its profile", async () => {
    const srgb = { r: 200, g: 100, b: 50 };
    // sharp converts the sRGB colour into P3 numbers and tags the file with the P3 profile.
    const input = await canvas(64, 64, `rgb(${srgb.r},${srgb.g},${srgb.b})`).withIccProfile("p3").jpeg({ quality: 100 }).toBuffer();
    const untagged = await sharp(input, { ignoreIcc: true }).raw().toBuffer();
    expect(Math.abs((untagged[0] ?? 0) - srgb.r)).toBeGreaterThan(8); // the stored numbers are not sRGB

    const [variant] = (await processUpload(input)).variants;
    const pixel = await sharp(variant?.bytes).raw().toBuffer();
    expect(Math.abs((pixel[0] ?? 0) - srgb.r)).toBeLessThanOrEqual(4);
    expect(Math.abs((pixel[1] ?? 0) - srgb.g)).toBeLessThanOrEqual(4);
    expect(Math.abs((pixel[2] ?? 0) - srgb.b)).toBeLessThanOrEqual(4);
  });
});
