import { lighten, mix, shade } from "../color.js";
import { accentColour, GREENS, paletteAt, type DrawContext } from "../context.js";
import { bud, flower, FLOWER_KINDS, sprayCluster, type Flower, type FlowerKind } from "../flowers.js";
import { bow, deg, groundShadow, leaves, TAU, type LeafSpec } from "../shapes.js";
import { el, pt } from "../svg.js";

const OPEN_Y = 585;
const TIP_Y = 850;
const OPEN_HALF = 240;

/** Wrapping paper: an outer sheet plus a tinted tissue layer peeking out behind the flowers. */
function papers(ctx: DrawContext) {
  // Kraft or cream outside keeps the flowers the most colourful thing in the picture.
  const outer = ctx.rng.pick(["#d9bd94", "#eee3d1", "#e6d3b8"]);
  const tissue = ctx.rng.pick([lighten(paletteAt(ctx, 1), 0.55), mix(paletteAt(ctx, 0), "#ffffff", 0.6), "#fbf8f3"]);
  return { outer, tissue };
}

/** Fan-shaped sheet behind the flowers with a gently scalloped top edge. */
function fanSheet(cx: number, halfTop: number, topY: number, rise: number, halfBottom: number, scallops: number): string {
  let d = `M${pt(cx - halfBottom, OPEN_Y + 10)}L${pt(cx - halfTop, topY)}`;
  const yAt = (x: number) => topY - rise * (1 - ((x - cx) / halfTop) ** 2);
  for (let i = 0; i < scallops; i++) {
    const x0 = cx - halfTop + (2 * halfTop * i) / scallops;
    const x1 = cx - halfTop + (2 * halfTop * (i + 1)) / scallops;
    const xm = (x0 + x1) / 2;
    d += `Q${pt(xm, yAt(xm) - 30)} ${pt(x1, yAt(x1))}`;
  }
  return d + `L${pt(cx + halfBottom, OPEN_Y + 10)}L${pt(cx, TIP_Y - 10)}Z`;
}

function stems(ctx: DrawContext, cx: number): string {
  let lines = "";
  let cuts = "";
  for (let i = -3; i <= 3; i++) {
    const x0 = cx + i * 4;
    const x1 = cx + i * 13 + ctx.rng.range(-4, 4);
    const y1 = 918 + ctx.rng.range(-8, 8);
    lines += `M${pt(x0, 820)}L${pt(x1, y1)}`;
    cuts += `M${pt(x1 - 4.5, y1)}a4.5 3 0 1 0 9 0a4.5 3 0 1 0 -9 0`;
  }
  return (
    el("path", { d: lines, stroke: GREENS[2], "stroke-width": 8, "stroke-linecap": "round", fill: "none" }) +
    el("path", { d: cuts, fill: lighten(GREENS[1], 0.35) })
  );
}

function foliage(ctx: DrawContext, cx: number): string {
  const { rng } = ctx;
  const specs: LeafSpec[] = [];
  const count = 11;
  for (let i = 0; i < count; i++) {
    const angle = deg(-196 + (212 * i) / (count - 1) + rng.range(-6, 6));
    specs.push({ x: cx, y: 540, angle, length: rng.range(290, 335), half: rng.range(26, 34), bend: rng.range(-0.12, 0.12), colour: rng.pick(GREENS) });
  }
  return leaves(ctx.defs, specs);
}

/** Eucalyptus-like sprigs: a thin stem with small rounded leaves in pairs. */
function sprigs(ctx: DrawContext, cx: number): string {
  const { rng } = ctx;
  const colour = "#8aa596";
  let stemsD = "";
  const leafSpecs: LeafSpec[] = [];
  for (const base of [-150, -30, rng.pick([-112, -68])]) {
    const angle = deg(base + rng.range(-8, 8));
    const length = rng.range(300, 340);
    const ex = cx + Math.cos(angle) * length;
    const ey = 540 + Math.sin(angle) * length;
    stemsD += `M${pt(cx, 540)}L${pt(ex, ey)}`;
    for (let t = 0.55; t <= 1.001; t += 0.09) {
      const x = cx + Math.cos(angle) * length * t;
      const y = 540 + Math.sin(angle) * length * t;
      for (const side of [-1, 1]) {
        leafSpecs.push({ x, y, angle: angle + side * deg(55), length: 26, half: 11, colour });
      }
    }
  }
  return el("path", { d: stemsD, stroke: shade(colour, 0.3), "stroke-width": 2.5, fill: "none" }) + leaves(ctx.defs, leafSpecs);
}

function flowerHeads(ctx: DrawContext, cx: number): Flower[] {
  const { rng } = ctx;
  const slots: Array<[number, number, number]> = [
    [-112, -118, 74],
    [0, -140, 80],
    [112, -118, 74],
    [-190, -28, 74],
    [-64, -40, 84],
    [64, -40, 84],
    [190, -28, 74],
    [-122, 58, 80],
    [0, 52, 88],
    [122, 58, 80],
  ];
  const kinds = rng.shuffle(FLOWER_KINDS).slice(0, 3) as FlowerKind[];
  const colourOffset = rng.int(0, 3);
  const shown = new Set<string>();
  return slots.map(([dx, dy, r], i) => {
    const base = paletteAt(ctx, i + colourOffset);
    // Paler repeats add depth, but each palette colour first appears exactly as given.
    const colour = shown.has(base) ? lighten(base, rng.pick([0, 0, 0.22])) : base;
    shown.add(base);
    return {
      x: cx + dx + rng.range(-10, 10),
      y: 470 + dy + rng.range(-10, 10),
      r: r * rng.range(0.9, 1.08),
      colour,
      // The centre-front flower is always the first chosen kind so each seed has a clear "hero".
      kind: i === 8 ? (kinds[0] as FlowerKind) : rng.pick(kinds),
      rotation: rng.range(0, TAU),
    };
  });
}

function frontWrap(ctx: DrawContext, cx: number, paper: string): string {
  const { defs } = ctx;
  const main = `M${pt(cx - OPEN_HALF, OPEN_Y)}Q${pt(cx, OPEN_Y + 55)} ${pt(cx + OPEN_HALF, OPEN_Y)}L${pt(cx + 14, TIP_Y)}Q${pt(cx, TIP_Y + 8)} ${pt(cx - 14, TIP_Y)}Z`;
  const flap = `M${pt(cx - OPEN_HALF, OPEN_Y)}Q${pt(cx - 40, OPEN_Y + 40)} ${pt(cx + 150, OPEN_Y + 26)}L${pt(cx + 10, TIP_Y - 2)}L${pt(cx - 14, TIP_Y)}Z`;
  const edge = { stroke: shade(paper, 0.35), "stroke-width": 2, "stroke-opacity": "0.5", "stroke-linejoin": "round" };
  return (
    el("path", {
      d: main,
      fill: defs.linear(
        [
          [0, shade(paper, 0.2)],
          [0.45, paper],
          [0.6, lighten(paper, 0.12)],
          [1, shade(paper, 0.24)],
        ],
        0,
        0,
        1,
        0,
      ),
      ...edge,
    }) +
    el("path", {
      d: flap,
      fill: defs.linear(
        [
          [0, lighten(paper, 0.1)],
          [1, shade(paper, 0.08)],
        ],
        0,
        0,
        1,
        1,
      ),
      ...edge,
    }) +
    el("path", { d: `M${pt(cx - OPEN_HALF + 6, OPEN_Y + 3)}Q${pt(cx - 40, OPEN_Y + 42)} ${pt(cx + 146, OPEN_Y + 28)}`, fill: "none", stroke: lighten(paper, 0.5), "stroke-width": 4, "stroke-opacity": "0.7", "stroke-linecap": "round" })
  );
}

function ribbon(ctx: DrawContext, cx: number): string {
  const colour = ctx.rng.pick([shade(accentColour(ctx), 0.12), shade(accentColour(ctx), 0.3), "#c9a24e"]);
  const halfAt = (y: number) => OPEN_HALF - ((y - OPEN_Y) * (OPEN_HALF - 14)) / (TIP_Y - OPEN_Y);
  const y1 = 702;
  const y2 = 728;
  const band = `M${pt(cx - halfAt(y1), y1)}Q${pt(cx, y1 + 16)} ${pt(cx + halfAt(y1), y1)}L${pt(cx + halfAt(y2), y2)}Q${pt(cx, y2 + 16)} ${pt(cx - halfAt(y2), y2)}Z`;
  return el("path", { d: band, fill: colour, stroke: shade(colour, 0.3), "stroke-width": 1.5, "stroke-opacity": "0.6" }) + bow(ctx.defs, cx, 722, 70, colour, 1.6);
}

export function drawBouquet(ctx: DrawContext): string {
  const { rng, defs } = ctx;
  const cx = 500 + rng.range(-8, 8);
  const paper = papers(ctx);
  let out = groundShadow(defs, cx, 925, 130, 16);
  out += stems(ctx, cx);
  out += el("path", { d: fanSheet(cx, 290, 345, 95, OPEN_HALF + 10, 9), fill: shade(paper.outer, 0.12), stroke: shade(paper.outer, 0.35), "stroke-width": 2, "stroke-opacity": "0.4" });
  out += el("path", { d: fanSheet(cx, 250, 380, 105, OPEN_HALF - 10, 7), fill: paper.tissue, stroke: shade(paper.tissue, 0.25), "stroke-width": 1.5, "stroke-opacity": "0.4" });
  out += foliage(ctx, cx);
  out += sprigs(ctx, cx);
  for (let i = 0; i < 6; i++) {
    const angle = deg(-165 + i * 30 + rng.range(-8, 8));
    out += sprayCluster(cx + Math.cos(angle) * 250, 470 + Math.sin(angle) * 235, rng, 20);
  }
  const heads = flowerHeads(ctx, cx);
  for (const [i, angle] of [-150, -90, -30].entries()) {
    const a = deg(angle + rng.range(-10, 10));
    out += bud(defs, cx + Math.cos(a) * 215, 470 + Math.sin(a) * 200, 30, a, paletteAt(ctx, i + 1), GREENS[0]);
  }
  for (const head of heads) out += flower(defs, head);
  out += frontWrap(ctx, cx, paper.outer);
  out += ribbon(ctx, cx);
  return out;
}
