import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MEDIA_LIMITS, processUpload, variantWidths } from "./index.js";
import { canvas, jpegWithEverything, photoLike, splitPicture } from "./testing/fixtures.js";

async function pixelAt(webp: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(webp).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1];
}

const isRed = ([r, g, b]: number[]) => (r ?? 0) > 200 && (g ?? 255) < 60 && (b ?? 255) < 60;
const isBlue = ([r, g, b]: number[]) => (r ?? 255) < 60 && (g ?? 255) < 60 && (b ?? 0) > 200;

describe("orientation", () => {
  it("turns a 300×200 JPEG with EXIF Orientation 6 upright: 200×300, its left side on top", async () => {
    const input = await (await splitPicture(300, 200)).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const before = await sharp(input).metadata();
    expect([before.width, before.height, before.orientation]).toEqual([300, 200, 6]);

    const result = await processUpload(input);
    expect([result.width, result.height]).toEqual([200, 300]);
    expect(result.variants).toHaveLength(1);
    const [variant] = result.variants;
    expect([variant?.width, variant?.height]).toEqual([200, 300]);
    // Rotating 90° clockwise puts the stored left (red) half on top and the right (blue) half at the bottom.
    expect(isRed(await pixelAt(variant!.bytes, 100, 20))).toBe(true);
    expect(isBlue(await pixelAt(variant!.bytes, 100, 280))).toBe(true);
  });

  it("turns a photo with Orientation 3 upside down, and picks widths from the upright size (Orientation 8)", async () => {
    const upsideDown = await (await splitPicture(300, 200)).jpeg().withMetadata({ orientation: 3 }).toBuffer();
    const [turned] = (await processUpload(upsideDown)).variants;
    expect(isBlue(await pixelAt(turned!.bytes, 20, 100))).toBe(true);
    expect(isRed(await pixelAt(turned!.bytes, 280, 100))).toBe(true);

    // Stored 1000×500, upright 500×1000: only the 400 variant fits, 400×800.
    const sideways = await jpegWithEverything(1000, 500, 8);
    const result = await processUpload(sideways);
    expect(result.variants.map((v) => [v.width, v.height])).toEqual([[400, 800]]);
  });
});

describe("variants", () => {
  it("makes 400, 800 and 1600 px WebPs of a 2000 px wide photo, aspect kept, smallest first", async () => {
    const input = await photoLike(2000, 1500).jpeg().toBuffer();
    const result = await processUpload(input);
    expect(result.variants.map((v) => [v.width, v.height])).toEqual([
      [400, 300],
      [800, 600],
      [1600, 1200],
    ]);
    expect([result.width, result.height]).toEqual([1600, 1200]);
    for (const variant of result.variants) {
      expect(variant.format).toBe("webp");
      const metadata = await sharp(variant.bytes).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", variant.width, variant.height]);
    }
  });

  it("never enlarges: only widths up to the photo's own, or the photo's width when it is under 400", async () => {
    const mid = await processUpload(await photoLike(1000, 300).png().toBuffer());
    expect(mid.variants.map((v) => [v.width, v.height])).toEqual([
      [400, 120],
      [800, 240],
    ]);
    const exact = await processUpload(await photoLike(800, 800).webp().toBuffer());
    expect(exact.variants.map((v) => v.width)).toEqual([400, 800]);
    const small = await processUpload(await photoLike(300, 100).jpeg().toBuffer());
    expect(small.variants.map((v) => [v.width, v.height])).toEqual([[300, 100]]);
    expect([small.width, small.height]).toEqual([300, 100]);
  });

  it("keeps a PNG's transparency and gives the dominant colour as a placeholder", async () => {
    const transparent = await sharp({ create: { width: 500, height: 500, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } } })
      .png()
      .toBuffer();
    const result = await processUpload(transparent);
    expect((await sharp(result.variants[0]!.bytes).metadata()).hasAlpha).toBe(true);

    const solid = await processUpload(await canvas(600, 400, "#c04020").jpeg().toBuffer());
    expect(solid.placeholder.color).toMatch(/^#[0-9a-f]{6}$/);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(solid.placeholder.color.slice(i, i + 2), 16));
    // JPEG and WebP shift a solid colour a little.
    expect(Math.abs(r! - 0xc0)).toBeLessThanOrEqual(6);
    expect(Math.abs(g! - 0x40)).toBeLessThanOrEqual(6);
    expect(Math.abs(b! - 0x20)).toBeLessThanOrEqual(6);
  });

  it("narrows the variants of a photo too tall for WebP (16383 px a side)", async () => {
    const strip = await canvas(500, 40_000, "#204080").png().toBuffer();
    const result = await processUpload(strip);
    expect(result.variants.map((v) => [v.width, v.height])).toEqual([[204, 16320]]);
  });

  it("takes other widths as an option", async () => {
    const result = await processUpload(await photoLike(500, 500).jpeg().toBuffer(), { widths: [200, 100, 200, 1000] });
    expect(result.variants.map((v) => v.width)).toEqual([100, 200]);
  });

  it("chooses widths as documented", () => {
    expect(MEDIA_LIMITS.widths).toEqual([400, 800, 1600]);
    expect(variantWidths(2000)).toEqual([400, 800, 1600]);
    expect(variantWidths(1600)).toEqual([400, 800, 1600]);
    expect(variantWidths(1599)).toEqual([400, 800]);
    expect(variantWidths(400)).toEqual([400]);
    expect(variantWidths(399)).toEqual([399]);
    expect(variantWidths(1, [800, 400])).toEqual([1]);
  });

  it("refuses invalid options as programming errors, not as bad uploads", async () => {
    const input = await photoLike(100, 100).jpeg().toBuffer();
    await expect(processUpload(input, { widths: [] })).rejects.toThrow(RangeError);
    await expect(processUpload(input, { widths: [0] })).rejects.toThrow(RangeError);
    await expect(processUpload(input, { maxBytes: -1 })).rejects.toThrow(RangeError);
    await expect(processUpload(input, { maxPixels: 1.5 })).rejects.toThrow(RangeError);
  });
});
