import { chroma, luminance } from "./color.js";
import type { Rng } from "./prng.js";
import type { Defs } from "./svg.js";

/** What every craft drawer gets: the seeded random source, the shared <defs>, and the colours. */
export interface DrawContext {
  rng: Rng;
  defs: Defs;
  palette: readonly string[];
  background: string;
}

/** Palette colour by index, cycling when the palette is shorter. */
export const paletteAt = (ctx: DrawContext, index: number): string => ctx.palette[index % ctx.palette.length] as string;

/** Foliage greens: sage to olive, muted so the craft colours stay the heroes. */
export const GREENS = ["#6f8f5e", "#88a46c", "#5d7c57", "#9cb27f"] as const;

/**
 * Ribbons and bows need a confident colour: the most colourful palette entry,
 * favouring deeper tones (a pale yellow ribbon disappears on kraft paper),
 * or a soft gold when the palette is all pale neutrals.
 */
export function accentColour(ctx: DrawContext): string {
  const score = (c: string) => chroma(c) * (1 - 0.6 * luminance(c));
  const best = [...ctx.palette].sort((a, b) => score(b) - score(a))[0] as string;
  return chroma(best) < 0.2 ? "#c9a24e" : best;
}
