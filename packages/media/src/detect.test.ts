import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectImageType } from "./index.js";

const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size);
  box.writeUInt32BE(size, 0);
  box.write(`ftyp${major}`, 4, "latin1");
  compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, "latin1"));
  return Buffer.concat([box, Buffer.alloc(64)]);
};

describe("detectImageType", () => {
  it("recognises JPEG, PNG and WebP made by sharp", async () => {
    const picture = sharp({ create: { width: 8, height: 8, channels: 3, background: "#804020" } });
    expect(detectImageType(await picture.clone().jpeg().toBuffer())).toBe("jpeg");
    expect(detectImageType(await picture.clone().png().toBuffer())).toBe("png");
    expect(detectImageType(await picture.clone().webp().toBuffer())).toBe("webp");
    expect(detectImageType(await picture.clone().webp({ lossless: true }).toBuffer())).toBe("webp");
    expect(detectImageType(await picture.clone().webp().withExif({ IFD0: { Artist: "x" } }).toBuffer())).toBe("webp"); // VP8X
  });

  it("recognises HEIC by its ftyp brands, and not AVIF", () => {
    expect(detectImageType(ftyp("heic", "mif1", "heic"))).toBe("heic");
    expect(detectImageType(ftyp("heix", "mif1"))).toBe("heic");
    expect(detectImageType(ftyp("mif1", "mif1", "heic"))).toBe("heic");
    expect(detectImageType(ftyp("avif", "mif1", "avif"))).toBeNull();
    expect(detectImageType(ftyp("mif1", "mif1", "avif"))).toBeNull();
    expect(detectImageType(ftyp("isom", "isom", "mp41"))).toBeNull(); // a video
  });

  it("returns null for everything else", async () => {
    const picture = sharp({ create: { width: 8, height: 8, channels: 3, background: "#804020" } });
    expect(detectImageType(await picture.clone().gif().toBuffer())).toBeNull();
    expect(detectImageType(await picture.clone().tiff().toBuffer())).toBeNull();
    expect(detectImageType(await picture.clone().avif({ effort: 0 }).toBuffer())).toBeNull();
    expect(detectImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(detectImageType(Buffer.from("just some text, named photo.jpg"))).toBeNull();
    expect(detectImageType(Buffer.from("RIFF\x24\x00\x00\x00WAVEfmt ", "latin1"))).toBeNull();
    expect(detectImageType(Buffer.from("RIFF\x24\x00\x00\x00WEBPJUNK", "latin1"))).toBeNull();
    expect(detectImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(detectImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
  });
});
