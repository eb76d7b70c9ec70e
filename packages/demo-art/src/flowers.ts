import { INK, lighten, mix, shade } from "./color.js";
import { createRng, hashToUint32, type Rng } from "./prng.js";
import { beads, circlePoints, dotsPath, petalRing, spokes, TAU, teardropPath, type PetalShape } from "./shapes.js";
import { Defs, el, fmt, frac, pt, translate } from "./svg.js";

export type FlowerKind = "layered" | "rose" | "star" | "pom";
export const FLOWER_KINDS: readonly FlowerKind[] = ["layered", "rose", "star", "pom"];

export interface Flower {
  x: number;
  y: number;
  r: number;
  colour: string;
  kind: FlowerKind;
  rotation: number;
}


/** Amber flower heart, pulled slightly towards the petal colour so it never clashes. */
const heartColour = (colour: string) => mix("#d59a35", colour, 0.2);

function outline(colour: string, r: number) {
  return {
    stroke: shade(colour, 0.4),
    "stroke-width": r * 0.018,
    "stroke-opacity": "0.45",
    "stroke-linejoin": "round",
  };
}

function layered(defs: Defs, f: Flower, rng: Rng): string {
  const { x, y, r, colour, rotation } = f;
  const count = rng.int(7, 10);
  const shape: PetalShape = rng.pick(["round", "notched", "round"]);
  const half = Math.min(r * 0.36, ((Math.PI * r * 0.62) / count) * 1.15);
  const front = lighten(colour, 0.14);
  return (
    el("path", { d: petalRing(x, y, count, r * 0.1, r * 0.9, half, shape, rotation), fill: defs.petal(colour), ...outline(colour, r) }) +
    el("path", { d: petalRing(x, y, count, r * 0.08, r * 0.62, half * 0.8, shape, rotation + Math.PI / count), fill: defs.petal(front), ...outline(colour, r) }) +
    el("path", { d: spokes(x, y, count, r * 0.24, r * 0.66, rotation), stroke: lighten(colour, 0.55), "stroke-width": r * 0.025, "stroke-opacity": "0.5", "stroke-linecap": "round" }) +
    el("circle", { cx: x, cy: y, r: r * 0.2, fill: defs.radial([[0, lighten(heartColour(colour), 0.25)], [1, shade(heartColour(colour), 0.3)]]) }) +
    el("path", { d: dotsPath(circlePoints(x, y, 10, r * 0.13, rotation), r * 0.028), fill: "#fbe9b0" })
  );
}

function rose(defs: Defs, f: Flower, rng: Rng): string {
  const { x, y, r, colour } = f;
  const rings = [
    { radius: 1, count: 6, depth: 0 },
    { radius: 0.76, count: 5, depth: 0.08 },
    { radius: 0.54, count: 5, depth: 0.16 },
    { radius: 0.34, count: 4, depth: 0.26 },
  ];
  let out = "";
  for (const ring of rings) {
    const c = shade(colour, ring.depth);
    const len = r * ring.radius;
    out += el("path", {
      d: petalRing(x, y, ring.count, r * 0.02, len, len * 0.62, "round", rng.range(0, TAU)),
      fill: defs.petal(c),
      ...outline(colour, r),
    });
  }
  // The rolled heart of the rose.
  const s = r * 0.16;
  out += el("path", {
    d: `M${pt(x - s, y)}A${s} ${s} 0 1 1 ${pt(x + s * 0.6, y + s * 0.7)}M${pt(x - s * 0.4, y - s * 0.15)}A${s * 0.5} ${s * 0.5} 0 1 1 ${pt(x + s * 0.2, y + s * 0.35)}`,
    fill: "none",
    stroke: shade(colour, 0.45),
    "stroke-width": r * 0.03,
    "stroke-linecap": "round",
    "stroke-opacity": "0.7",
  });
  return out;
}

function star(defs: Defs, f: Flower, rng: Rng): string {
  const { x, y, r, colour, rotation } = f;
  const count = rng.pick([5, 6, 6]);
  const tip = heartColour(colour);
  const stamenEnds = circlePoints(x, y, count, r * 0.42, rotation + Math.PI / count);
  return (
    el("path", { d: petalRing(x, y, count, 0, r, r * 0.3, "pointed", rotation), fill: defs.petal(colour), ...outline(colour, r) }) +
    el("path", { d: spokes(x, y, count, r * 0.12, r * 0.72, rotation), stroke: lighten(colour, 0.5), "stroke-width": r * 0.05, "stroke-opacity": "0.55", "stroke-linecap": "round" }) +
    el("circle", { cx: x, cy: y, r: r * 0.13, fill: shade(colour, 0.35) }) +
    el("path", { d: spokes(x, y, count, 0, r * 0.42, rotation + Math.PI / count), stroke: shade(tip, 0.1), "stroke-width": r * 0.022, "stroke-linecap": "round" }) +
    el("path", { d: dotsPath(stamenEnds, r * 0.045), fill: tip })
  );
}

function pom(defs: Defs, f: Flower, rng: Rng): string {
  const { x, y, r, colour } = f;
  const rings = [
    { radius: 1, count: 16, tone: -0.12 },
    { radius: 0.8, count: 14, tone: 0 },
    { radius: 0.58, count: 12, tone: 0.14 },
    { radius: 0.36, count: 9, tone: 0.26 },
  ];
  let out = "";
  for (const ring of rings) {
    const c = ring.tone < 0 ? shade(colour, -ring.tone) : lighten(colour, ring.tone);
    const len = r * ring.radius;
    out += el("path", {
      d: petalRing(x, y, ring.count, r * 0.04, len, Math.min(len * 0.2, ((Math.PI * len) / ring.count) * 0.55), "round", rng.range(0, TAU)),
      fill: defs.petal(c),
      ...outline(colour, r),
    });
  }
  out += el("circle", { cx: x, cy: y, r: r * 0.12, fill: lighten(colour, 0.35) });
  return out;
}

const DRAWERS: Record<FlowerKind, (defs: Defs, f: Flower, rng: Rng) => string> = { layered, rose, star, pom };

/**
 * Flowers are drawn once at this radius inside <defs> and placed with <use>.
 * Small on purpose: with one-decimal coordinates it keeps the numbers short
 * while staying within about half a pixel at the largest size we place them.
 */
const UNIT_R = 20;

/**
 * A flower head with a faint shadow beneath it so stacked flowers separate.
 * Heads are shared definitions reused with <use>, rotated and scaled, which
 * keeps a picture with dozens of flowers well under the size budget.
 */
export function flower(defs: Defs, f: Flower): string {
  const id = defs.add(`flower|${f.kind}|${f.colour}`, (gid) => {
    // Seeded from the key, not the picture's random stream, so a definition looks the same whichever flower asked first.
    const local = createRng(hashToUint32(`${f.kind}${f.colour}`));
    return el("g", { id: gid }, DRAWERS[f.kind](defs, { ...f, x: 0, y: 0, r: UNIT_R, rotation: 0 }, local));
  });
  const shadow = el("circle", { cx: f.x + f.r * 0.06, cy: f.y + f.r * 0.12, r: f.r * 0.82, fill: INK, "fill-opacity": "0.14" });
  const transform = `${translate(f.x, f.y)} rotate(${fmt((f.rotation * 180) / Math.PI)}) scale(${fmt(f.r / UNIT_R)})`;
  return shadow + el("use", { href: `#${id}`, transform });
}

/** Closed bud whose base sits at (x, y), pointing along `angle`. */
export function bud(defs: Defs, x: number, y: number, size: number, angle: number, colour: string, green: string): string {
  const s = size;
  const tilt = (angle * 180) / Math.PI + 90;
  const sepals = `M${pt(-0.55 * s, -0.5 * s)}Q${pt(-0.35 * s, 0.08 * s)} ${pt(0, 0.06 * s)}Q${pt(0.35 * s, 0.08 * s)} ${pt(0.55 * s, -0.5 * s)}Q${pt(0.2 * s, -0.2 * s)} ${pt(0, -0.42 * s)}Q${pt(-0.2 * s, -0.2 * s)} ${pt(-0.55 * s, -0.5 * s)}Z`;
  return el(
    "g",
    { transform: `${translate(x, y)} rotate(${frac(tilt)})` },
    el("path", { d: teardropPath(0, -1.1 * s, s), fill: defs.petal(colour), ...outline(colour, s) }) +
      el("path", { d: sepals, fill: green, stroke: shade(green, 0.3), "stroke-width": 1, "stroke-opacity": "0.5" }),
  );
}

/** Tiny white "baby's breath" cluster. */
export function sprayCluster(x: number, y: number, rng: Rng, spread: number): string {
  const points = Array.from({ length: rng.int(5, 8) }, () => [x + rng.range(-spread, spread), y + rng.range(-spread, spread) * 0.8] as const);
  return beads(points, spread * 0.22, "#fbf7ef");
}
