import sharp from "sharp";
import { craftSvg } from "./craft.js";
import { DEFAULT_SIZE, type ArtSpec } from "./spec.js";

export type ImageFormat = "webp" | "jpeg";

export interface RenderOptions {
  /** Width and height in pixels; default 1200. */
  size?: number;
  /** Default "webp". */
  format?: ImageFormat;
}

/** Renders the craft picture to an encoded image. No metadata (EXIF, ICC) is written. */
export async function renderCraftImage(spec: ArtSpec, opts: RenderOptions = {}): Promise<Buffer> {
  const { size = DEFAULT_SIZE, format = "webp" } = opts;
  if (format !== "webp" && format !== "jpeg") {
    throw new TypeError(`format must be "webp" or "jpeg", got ${JSON.stringify(format)}`);
  }
  const svg = craftSvg(spec, size);
  const image = sharp(Buffer.from(svg)).flatten({ background: "#ffffff" });
  return format === "webp"
    ? image.webp({ quality: 82, effort: 4 }).toBuffer()
    : image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
}
