import { mix, normalizeHex } from "./color.js";
import { hashToUint32 } from "./prng.js";

export type CraftKind = "bouquet" | "bale" | "wall" | "door";
export const CRAFT_KINDS: readonly CraftKind[] = ["bouquet", "bale", "wall", "door"];

export interface ArtSpec {
  kind: CraftKind;
  /** 2-4 hex colours of the craft itself (#rgb or #rrggbb); the first is the dominant one. */
  palette: readonly string[];
  /** Soft hex backdrop colour; defaults to a pale tint of the first palette colour. */
  background?: string;
  /** Any finite number; the same seed always gives the same composition. */
  seed: number;
}

export interface NormalizedSpec {
  kind: CraftKind;
  palette: string[];
  background: string;
  seed: number;
}

export const DEFAULT_SIZE = 1200;
export const MIN_SIZE = 16;
export const MAX_SIZE = 4096;

export function normalizeSpec(spec: ArtSpec): NormalizedSpec {
  if (!CRAFT_KINDS.includes(spec.kind)) {
    throw new TypeError(`Unknown craft kind ${JSON.stringify(spec.kind)}; expected one of ${CRAFT_KINDS.join(", ")}`);
  }
  if (!Array.isArray(spec.palette) || spec.palette.length === 0) {
    throw new RangeError("palette needs at least one hex colour");
  }
  if (typeof spec.seed !== "number" || !Number.isFinite(spec.seed)) {
    throw new TypeError(`seed must be a finite number, got ${String(spec.seed)}`);
  }
  const palette = spec.palette.map(normalizeHex);
  const background = spec.background === undefined ? mix(palette[0] as string, "#fbf6ee", 0.86) : normalizeHex(spec.background);
  return { kind: spec.kind, palette, background, seed: hashToUint32(String(spec.seed)) };
}

export function checkSize(size: number): number {
  if (!Number.isInteger(size) || size < MIN_SIZE || size > MAX_SIZE) {
    throw new RangeError(`size must be an integer between ${MIN_SIZE} and ${MAX_SIZE}, got ${size}`);
  }
  return size;
}
