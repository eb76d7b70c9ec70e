import type { DrawContext } from "./context.js";
import { drawBale } from "./kinds/bale.js";
import { drawBouquet } from "./kinds/bouquet.js";
import { drawDoorHanging } from "./kinds/door.js";
import { drawWallHanging } from "./kinds/wall.js";
import { createRng } from "./prng.js";
import { backdrop, type Setting } from "./scene.js";
import { checkSize, DEFAULT_SIZE, normalizeSpec, type ArtSpec, type CraftKind } from "./spec.js";
import { Defs } from "./svg.js";

const KINDS: Record<CraftKind, { setting: Setting; draw: (ctx: DrawContext) => string }> = {
  bouquet: { setting: "table", draw: drawBouquet },
  bale: { setting: "table", draw: drawBale },
  wall: { setting: "wall", draw: drawWallHanging },
  door: { setting: "door", draw: drawDoorHanging },
};

/**
 * Draws a product illustration as a square SVG document of `size` pixels.
 * Pure and deterministic: the same spec and size always give the same string.
 * All drawing happens in a 1000×1000 viewBox.
 */
export function craftSvg(spec: ArtSpec, size: number = DEFAULT_SIZE): string {
  const normalized = normalizeSpec(spec);
  checkSize(size);
  const ctx: DrawContext = {
    rng: createRng(normalized.seed),
    defs: new Defs(),
    palette: normalized.palette,
    background: normalized.background,
  };
  const kind = KINDS[normalized.kind];
  const body = backdrop(ctx, kind.setting) + kind.draw(ctx);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 1000 1000">${ctx.defs}${body}</svg>`;
}
