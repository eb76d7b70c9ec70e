import { INK, lighten, shade } from "../color.js";
import { accentColour, GREENS, paletteAt, type DrawContext } from "../context.js";
import { flower, FLOWER_KINDS, type FlowerKind } from "../flowers.js";
import { beads, bow, deg, leaves, steppedShadow, TAU, teardropPath, type LeafSpec, type Point } from "../shapes.js";
import { el, pt } from "../svg.js";

const CX = 500;
const PEARL = "#f7f1e6";

function wreath(ctx: DrawContext): string {
  const { rng, defs } = ctx;
  const cy = 505;
  const R = 225;
  const ribbonColour = rng.pick([shade(accentColour(ctx), 0.1), shade(accentColour(ctx), 0.3), shade(paletteAt(ctx, 0), 0.12)]);
  const kinds = rng.shuffle(FLOWER_KINDS).slice(0, 2) as FlowerKind[];
  const vine = "#9b7b5b";
  let out = "";
  // Hanging ribbon from the top of the door down behind the wreath.
  out += el("rect", { x: CX - 17, y: -10, width: 34, height: cy - R + 20, fill: ribbonColour, stroke: shade(ribbonColour, 0.3), "stroke-width": 1.5 });
  out += el("rect", { x: CX - 11, y: -10, width: 4, height: cy - R + 20, fill: lighten(ribbonColour, 0.3), "fill-opacity": "0.6" });
  out += steppedShadow((grow, opacity) => el("circle", { cx: CX + 16, cy: cy + 22, r: R, fill: "none", stroke: INK, "stroke-width": 116 + 2 * grow, "stroke-opacity": opacity }), 40, 0.26);
  // Woven vine base, visible between the leaves.
  out += el("circle", { cx: CX, cy, r: R, fill: "none", stroke: vine, "stroke-width": 84 });
  let weave = "";
  for (let i = 0; i < 4; i++) {
    weave += `M${pt(CX + R - 36 + i * 24, cy)}A${R - 36 + i * 24} ${R - 36 + i * 24} 0 1 0 ${pt(CX - (R - 36 + i * 24), cy)}A${R - 36 + i * 24} ${R - 36 + i * 24} 0 1 0 ${pt(CX + R - 36 + i * 24, cy)}`;
  }
  out += el("path", { d: weave, fill: "none", stroke: shade(vine, 0.35), "stroke-width": 3, "stroke-dasharray": "38 14", "stroke-opacity": "0.6" });

  const leafSpecs: LeafSpec[] = [];
  const leafCount = 54;
  for (let i = 0; i < leafCount; i++) {
    const a = (i / leafCount) * Math.PI * 2 + rng.range(-0.04, 0.04);
    const lane = (i % 3) - 1;
    const offset = lane * 38 + rng.range(-6, 6);
    const x = CX + Math.cos(a) * (R + offset);
    const y = cy + Math.sin(a) * (R + offset);
    // Leaves run along the ring; outer ones splay outward and inner ones inward so the vine is covered.
    leafSpecs.push({ x, y, angle: a + Math.PI / 2 + lane * 0.35, length: rng.range(92, 115), half: rng.range(19, 24), bend: rng.range(-0.08, 0.08), colour: lane === 0 ? rng.pick(["#7f9d63", "#94b174"]) : rng.pick(GREENS) });
  }
  out += leaves(defs, leafSpecs);

  const flowerCount = rng.int(10, 12);
  const start = rng.range(0, TAU);
  const berries: Point[] = [];
  for (let i = 0; i < flowerCount; i++) {
    const a = start + (i / flowerCount) * Math.PI * 2;
    const rr = R + rng.range(-18, 18);
    out += flower(defs, { x: CX + Math.cos(a) * rr, y: cy + Math.sin(a) * rr, r: rng.range(50, 64), colour: paletteAt(ctx, i), kind: rng.pick(kinds), rotation: rng.range(0, TAU) });
    const b = a + Math.PI / flowerCount;
    for (let k = 0; k < 3; k++) berries.push([CX + Math.cos(b) * (R + 42) + rng.range(-9, 9), cy + Math.sin(b) * (R + 42) + rng.range(-9, 9)]);
  }
  out += beads(berries, 7, lighten(paletteAt(ctx, 2), 0.1));
  out += bow(defs, CX, cy + R + 20, 88, ribbonColour, 1.9);
  return out;
}

/** Vertical door hanging: strands of flowers and beads from a wooden dowel, ending in drops. */
function strands(ctx: DrawContext): string {
  const { rng, defs } = ctx;
  const barY = 205;
  const wood = "#a47c57";
  const kinds = rng.shuffle(FLOWER_KINDS).slice(0, 2) as FlowerKind[];
  const columns: Array<[number, number]> = [
    [-170, 600],
    [-85, 720],
    [0, 820],
    [85, 720],
    [170, 600],
  ];
  let out = "";
  out += el("path", { d: `M${pt(CX - 220, barY)}L${pt(CX, 80)}L${pt(CX + 220, barY)}`, fill: "none", stroke: "#8a6a4f", "stroke-width": 3, "stroke-linejoin": "round" });
  out += beads([[CX, 78]], 8, "#9c8b7a");
  out += steppedShadow((grow, opacity) => el("rect", { x: CX - 228 - grow, y: barY + 6 - grow, width: 480 + 2 * grow, height: 24 + 2 * grow, rx: 12 + grow, fill: INK, "fill-opacity": opacity }), 20, 0.22, 5);
  let threads = "";
  const pearls: Point[] = [];
  let drops = "";
  const heads: Array<{ x: number; y: number; r: number; colour: string }> = [];
  columns.forEach(([dx, bottom], c) => {
    const x = CX + dx;
    threads += `M${pt(x, barY)}L${pt(x, bottom)}`;
    // Neighbouring strands are offset by half a step so the flowers interleave instead of forming a grid.
    const first = barY + (c % 2 === 0 ? 75 : 125);
    const stepY = 100;
    for (let y = first; y <= bottom - 50; y += stepY) {
      heads.push({ x, y, r: rng.range(33, 40) * (c === 2 ? 1.12 : 1), colour: paletteAt(ctx, c + Math.round(y / stepY)) });
      pearls.push([x, y + 50]);
    }
    drops += teardropPath(x, bottom, 26);
  });
  out += el("path", { d: threads, stroke: "#c99b4f", "stroke-width": 2.5 });
  out += beads(pearls, 6, PEARL);
  for (const h of heads) out += flower(defs, { ...h, kind: rng.pick(kinds), rotation: rng.range(0, TAU) });
  out += el("path", { d: drops, fill: defs.petal(paletteAt(ctx, 1)), stroke: shade(paletteAt(ctx, 1), 0.4), "stroke-width": 1.2 });
  // Dowel drawn last so the strands appear to hang from it.
  out += el("rect", { x: CX - 240, y: barY - 12, width: 480, height: 24, rx: 12, fill: defs.linear([[0, lighten(wood, 0.3)], [0.5, wood], [1, shade(wood, 0.3)]]) });
  out += beads([[CX - 244, barY], [CX + 244, barY]], 16, shade(wood, 0.1));
  // A small garland across the middle of the dowel.
  const leafSpecs: LeafSpec[] = [];
  for (const side of [-1, 1]) for (const k of [0, 1, 2]) leafSpecs.push({ x: CX + side * 30, y: barY, angle: deg(side > 0 ? -20 + k * 25 : 200 - k * 25), length: 80, half: 15, colour: GREENS[k] ?? "#6f8f5e" });
  out += leaves(defs, leafSpecs);
  out += flower(defs, { x: CX, y: barY - 4, r: 44, colour: paletteAt(ctx, 0), kind: kinds[0] ?? "rose", rotation: rng.range(0, TAU) });
  return out;
}

export function drawDoorHanging(ctx: DrawContext): string {
  return ctx.rng.chance(0.65) ? wreath(ctx) : strands(ctx);
}
