import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { CRAFT_KINDS, renderCraftImage, type ArtSpec } from "./index.js";

const spec: ArtSpec = { kind: "bouquet", palette: ["#e07a5f", "#f2cc8f", "#81b29a"], seed: 11 };

describe("renderCraftImage", () => {
  it("renders a 1200 px WebP by default", async () => {
    const image = await renderCraftImage(spec);
    const meta = await sharp(image).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.width).toBe(1200);
    expect(meta.height).toBe(1200);
  });

  it.each(CRAFT_KINDS)("%s: honours the requested size and writes no metadata", async (kind) => {
    const image = await renderCraftImage({ ...spec, kind }, { size: 320 });
    const meta = await sharp(image).metadata();
    expect(meta.format).toBe("webp");
    expect([meta.width, meta.height]).toEqual([320, 320]);
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.hasAlpha).toBe(false);
  });

  it("renders JPEG when asked", async () => {
    const image = await renderCraftImage(spec, { size: 256, format: "jpeg" });
    const meta = await sharp(image).metadata();
    expect(meta.format).toBe("jpeg");
    expect([meta.width, meta.height]).toEqual([256, 256]);
    expect(meta.exif).toBeUndefined();
  });

  it("is deterministic for the same spec", async () => {
    const [a, b] = await Promise.all([renderCraftImage(spec, { size: 200 }), renderCraftImage({ ...spec }, { size: 200 })]);
    expect(a.equals(b)).toBe(true);
  });

  it("rejects an unknown format or size", async () => {
    await expect(renderCraftImage(spec, { format: "png" as "webp" })).rejects.toThrow(TypeError);
    await expect(renderCraftImage(spec, { size: -1 })).rejects.toThrow(RangeError);
  });
});
