import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { dominantColour, iccDescription, isSrgbProfile } from "./colour.js";
import { processUpload } from "./index.js";
import { canvas } from "./testing/fixtures.js";

async function embeddedProfile(name: string): Promise<Buffer> {
  const tagged = await canvas(8, 8).withIccProfile(name).jpeg().toBuffer();
  const { icc } = await sharp(tagged).metadata();
  if (!icc) throw new Error(`no ${name} profile embedded`);
  return icc;
}

describe("ICC profiles", () => {
  it("reads the description of v4 (mluc) and v2 (desc) profiles", async () => {
    expect(iccDescription(await embeddedProfile("srgb"))).toBe("sRGB");
    expect(iccDescription(await embeddedProfile("p3"))).toBe("sP3C");
    expect(iccDescription(await embeddedProfile("cmyk"))).toBe("Chemical proof");
    expect(iccDescription(Buffer.alloc(10))).toBeNull();
    expect(iccDescription(Buffer.alloc(200))).toBeNull();
  });

  it("takes only sRGB profiles of RGB data for sRGB", async () => {
    expect(isSrgbProfile(await embeddedProfile("srgb"))).toBe(true);
    expect(isSrgbProfile(await embeddedProfile("p3"))).toBe(false);
    expect(isSrgbProfile(await embeddedProfile("cmyk"))).toBe(false);
    const fake = Buffer.from(await embeddedProfile("srgb"));
    fake.write("GRAY", 16, "latin1");
    expect(isSrgbProfile(fake)).toBe(false);
  });

  it("keeps the colours of an sRGB-tagged photo and still leaves its profile out", async () => {
    const input = await canvas(64, 64, "rgb(200,100,50)").withIccProfile("srgb").jpeg({ quality: 100 }).toBuffer();
    expect((await sharp(input).metadata()).icc).toBeDefined();
    const [variant] = (await processUpload(input)).variants;
    expect((await sharp(variant!.bytes).metadata()).icc).toBeUndefined();
    const pixel = await sharp(variant!.bytes).raw().toBuffer();
    expect([...pixel.subarray(0, 3)].map((v, i) => Math.abs(v - [200, 100, 50][i]!) <= 4)).toEqual([true, true, true]);
  });

  it("converts a CMYK JPEG to RGB", async () => {
    const input = await canvas(500, 300, "rgb(200,100,50)").withIccProfile("cmyk").jpeg().toBuffer();
    expect((await sharp(input).metadata()).space).toBe("cmyk");
    const result = await processUpload(input);
    const metadata = await sharp(result.variants[0]!.bytes).metadata();
    expect([metadata.space, metadata.channels, metadata.icc]).toEqual(["srgb", 3, undefined]);
  });
});

describe("dominantColour", () => {
  it("finds the most common colour, not the average", () => {
    const pixels = Buffer.alloc(100 * 3);
    for (let p = 0; p < 100; p++) pixels.set(p < 60 ? [200, 40, 30] : [10, 10, 250], p * 3);
    expect(dominantColour(pixels, 3)).toBe("#c8281e");
  });

  it("leaves transparent pixels out, reads grey, and is white when nothing is visible", () => {
    const rgba = Buffer.alloc(10 * 4);
    for (let p = 0; p < 10; p++) rgba.set(p < 7 ? [255, 0, 0, 0] : [0, 128, 0, 255], p * 4);
    expect(dominantColour(rgba, 4)).toBe("#008000");
    expect(dominantColour(Buffer.from([90, 90, 90]), 1)).toBe("#5a5a5a");
    expect(dominantColour(Buffer.from([1, 2, 3, 0]), 4)).toBe("#ffffff");
  });
});
