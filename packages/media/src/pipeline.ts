import sharp, { type Metadata, type SharpOptions } from "sharp";
import { dominantColour, isSrgbProfile } from "./colour.js";
import { detectImageType, type ImageType } from "./detect.js";
import { MediaError } from "./errors.js";

/** Limits every upload is checked against; `processUpload` takes any of them as options (tests, admin imports). */
export type MediaLimits = {
  /** Largest accepted upload, in bytes. */
  maxBytes: number;
  /** Largest accepted width × height (after reading the header, before decoding a pixel). */
  maxPixels: number;
  /** Widths of the WebP variants, in pixels; only those not wider than the photo are made. */
  widths: readonly number[];
};

export const MEDIA_LIMITS: Readonly<{ maxBytes: number; maxPixels: number; widths: readonly [400, 800, 1600] }> = Object.freeze({
  maxBytes: 15 * 1024 * 1024,
  maxPixels: 40_000_000,
  widths: Object.freeze([400, 800, 1600] as const),
});

/**
 * WebP settings of every variant. Effort 2, measured on a 2-core machine with 12-megapixel photos: about 1.5× the
 * throughput of the default effort 4 for files about 6 % larger (effort 3 was no faster than 4; effort 0–1 about
 * 15 % faster again, for files about 18 % larger than effort 4's).
 */
const WEBP_OPTIONS = { quality: 80, effort: 2 } as const;
const WEBP_MAX_SIDE = 16383;

export type ImageVariant = {
  width: number;
  height: number;
  format: "webp";
  bytes: Buffer;
};

export type ProcessedImage = {
  /** Width and height of the largest variant (upright, after EXIF orientation was applied). */
  width: number;
  height: number;
  /** One WebP per limit width not wider than the photo (never enlarged), smallest first; at least one. */
  variants: ImageVariant[];
  /** The photo's dominant colour as `#rrggbb` (sRGB), to paint while a variant loads. */
  placeholder: { color: string };
};

let heicReadable: boolean | undefined;

/**
 * Whether the installed libvips can decode HEIC (HEIF with HEVC). `sharp.format.heif.input` alone is not enough:
 * sharp's prebuilt libvips reads HEIF containers but only AV1 inside (AVIF), and then lists only `.avif` as the
 * loader's suffix; a libvips with an HEVC decoder lists `.heic` too.
 */
export function heicSupported(): boolean {
  if (heicReadable === undefined) {
    const input = sharp.format.heif?.input;
    heicReadable = Boolean(input?.buffer && input.fileSuffix?.includes(".heic"));
  }
  return heicReadable;
}

/** The format name sharp's metadata gives each accepted type: the decoder libvips chose must be the one we expect. */
const SHARP_FORMAT: Record<ImageType, string> = { jpeg: "jpeg", png: "png", webp: "webp", heic: "heif" };

/** 15 MB, 40 megapixels, 0.5 MB: three significant digits at most, no trailing zeros. */
function figure(value: number): string {
  return String(Number(value.toPrecision(3)));
}

const damaged = (cause?: unknown) => new MediaError("corrupt", "The photo file is damaged or incomplete.", { cause });

function unsupported(): MediaError {
  const accepted = heicSupported() ? "JPEG, PNG, WebP or HEIC" : "JPEG, PNG or WebP";
  return new MediaError("unsupported_type", `The file is not a ${accepted} photo.`);
}

function tooManyPixels(limits: MediaLimits, cause?: unknown): MediaError {
  return new MediaError("too_many_pixels", `The photo has more than ${figure(limits.maxPixels / 1_000_000)} megapixels.`, { cause });
}

function resolveLimits(options: Partial<MediaLimits>): MediaLimits {
  const limits = { ...MEDIA_LIMITS, ...options };
  for (const key of ["maxBytes", "maxPixels"] as const) {
    const value = limits[key];
    if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${key} must be a positive integer.`);
  }
  if (limits.widths.length === 0 || !limits.widths.every((w) => Number.isInteger(w) && w > 0 && w <= WEBP_MAX_SIDE)) {
    throw new RangeError("widths must be a non-empty list of integers between 1 and 16383.");
  }
  return { ...limits, widths: [...new Set(limits.widths)].sort((a, b) => a - b) };
}

/** The variant widths for a photo `width` pixels wide: every limit width that fits, or the photo's own width. */
export function variantWidths(width: number, widths: readonly number[] = MEDIA_LIMITS.widths): number[] {
  const fitting = [...new Set(widths)].filter((w) => w <= width).sort((a, b) => a - b);
  return fitting.length > 0 ? fitting : [width];
}

/**
 * Checks an upload and re-encodes it: upright (EXIF orientation applied), sRGB, one WebP per width, and no
 * metadata at all — EXIF (GPS included), XMP, IPTC, ICC profiles and comments never reach a variant, because the
 * variants are encoded from bare decoded pixels. Refusals are `MediaError`s, checked in this order, each before
 * any pixel is decoded: empty, too large, not a JPEG/PNG/WebP (HEIC where supported) by content, too many pixels
 * by the header; then a file the decoder finds damaged is `corrupt`.
 */
export async function processUpload(bytes: Uint8Array, options: Partial<MediaLimits> = {}): Promise<ProcessedImage> {
  const limits = resolveLimits(options);
  if (bytes.length === 0) throw new MediaError("empty", "The photo file is empty.");
  if (bytes.length > limits.maxBytes) {
    throw new MediaError("too_large", `The photo is larger than ${figure(limits.maxBytes / (1024 * 1024))} MB.`);
  }
  const type = detectImageType(bytes);
  if (type === null || (type === "heic" && !heicSupported())) throw unsupported();

  // The header only: no pixel is decoded here, so the pixel limit is ours to check (below), not libvips'.
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { failOn: "error", limitInputPixels: false }).metadata();
  } catch (error) {
    throw damaged(error);
  }
  if (metadata.format !== SHARP_FORMAT[type] || (type === "heic" && metadata.compression !== "hevc")) throw unsupported();
  const { width, height } = metadata.autoOrient;
  if (!(width > 0 && height > 0)) throw damaged();
  if (width * height > limits.maxPixels) throw tooManyPixels(limits);

  // WebP is at most 16383 pixels a side: a very tall photo's variants are narrowed to fit (rare strips only).
  const widestFitting = Math.max(1, Math.floor((width * WEBP_MAX_SIDE) / height));
  const widths = [...new Set(variantWidths(width, limits.widths).map((w) => Math.min(w, widestFitting)))];
  const largest = widths[widths.length - 1] ?? width;
  // `failOn: "error"` refuses truncated and broken data; libvips enforces the pixel limit again itself.
  // Pixels with an embedded sRGB profile are sRGB already: converting them anyway (through libvips' float
  // colour pipeline) took more than half the time of a 12-megapixel JPEG. Other profiles are converted.
  const ignoreIcc = metadata.icc !== undefined && isSrgbProfile(metadata.icc);
  const input: SharpOptions = { failOn: "error", limitInputPixels: limits.maxPixels, sequentialRead: true, ignoreIcc };

  // One decode (JPEG and WebP shrink while decoding), oriented, resized to the largest width, to bare sRGB pixels.
  let pixels: { data: Buffer; info: sharp.OutputInfo };
  try {
    pixels = await sharp(bytes, input)
      .autoOrient()
      .resize({ width: largest, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels(limits, error);
    throw damaged(error);
  }

  // Each variant from those pixels, in parallel: raw input carries no metadata, so none can be written out.
  const { data, info } = pixels;
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  const encoded = await Promise.all(
    widths.map((w) => {
      const pipeline = sharp(data, raw);
      if (w < info.width) pipeline.resize({ width: w });
      return pipeline.webp(WEBP_OPTIONS).toBuffer({ resolveWithObject: true });
    }),
  );

  const variants: ImageVariant[] = encoded.map(({ data: variantBytes, info: variantInfo }) => ({
    width: variantInfo.width,
    height: variantInfo.height,
    format: "webp",
    bytes: variantBytes,
  }));
  const biggest = variants[variants.length - 1];
  if (!biggest) throw new Error("No variant was made.");
  return {
    width: biggest.width,
    height: biggest.height,
    variants,
    placeholder: { color: dominantColour(data, info.channels) },
  };
}
