import { INK, lighten, shade } from "./color.js";
import { Defs, el, fmt, frac, pt } from "./svg.js";

export type PetalShape = "pointed" | "round" | "notched";
export type Point = readonly [number, number];

export const TAU = Math.PI * 2;
export const deg = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Maps petal-local coordinates (u along the petal from its base, v across it)
 * to canvas "x y" for a petal whose base sits `offset` from (cx, cy) along `angle`.
 */
function localFrame(cx: number, cy: number, angle: number, offset: number) {
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  return (u: number, v: number) => pt(cx + (offset + u) * dx - v * dy, cy + (offset + u) * dy + v * dx);
}

/** One closed petal sub-path. `half` is the half-width at the widest point. */
export function petalPath(
  cx: number,
  cy: number,
  angle: number,
  inner: number,
  length: number,
  half: number,
  shape: PetalShape,
): string {
  const p = localFrame(cx, cy, angle, inner);
  const L = length;
  const w = half;
  switch (shape) {
    case "round":
      return `M${p(0, 0)}C${p(0.2 * L, w)} ${p(L, 1.25 * w)} ${p(L, 0)}C${p(L, -1.25 * w)} ${p(0.2 * L, -w)} ${p(0, 0)}Z`;
    case "notched":
      return (
        `M${p(0, 0)}C${p(0.2 * L, w)} ${p(L, 1.3 * w)} ${p(0.97 * L, 0.32 * w)}L${p(0.87 * L, 0)}` +
        `L${p(0.97 * L, -0.32 * w)}C${p(L, -1.3 * w)} ${p(0.2 * L, -w)} ${p(0, 0)}Z`
      );
    case "pointed":
      return `M${p(0, 0)}C${p(0.25 * L, 1.3 * w)} ${p(0.7 * L, 1.1 * w)} ${p(L, 0)}C${p(0.7 * L, -1.1 * w)} ${p(0.25 * L, -1.3 * w)} ${p(0, 0)}Z`;
  }
}

/** `count` evenly spaced petals as a single path's data. */
export function petalRing(
  cx: number,
  cy: number,
  count: number,
  inner: number,
  length: number,
  half: number,
  shape: PetalShape,
  rotation: number,
  only?: (index: number) => boolean,
): string {
  let d = "";
  for (let i = 0; i < count; i++) {
    if (only && !only(i)) continue;
    d += petalPath(cx, cy, rotation + (i * TAU) / count, inner, length, half, shape);
  }
  return d;
}

/** Radial strokes, e.g. petal midribs or highlights. */
export function spokes(cx: number, cy: number, count: number, from: number, to: number, rotation: number): string {
  let d = "";
  for (let i = 0; i < count; i++) {
    const a = rotation + (i * TAU) / count;
    d += `M${pt(cx + from * Math.cos(a), cy + from * Math.sin(a))}L${pt(cx + to * Math.cos(a), cy + to * Math.sin(a))}`;
  }
  return d;
}

export function circlePoints(cx: number, cy: number, count: number, radius: number, rotation = 0): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const a = rotation + (i * TAU) / count;
    return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)] as const;
  });
}

/** Many small circles as one path (far smaller than separate <circle>s). */
export function dotsPath(points: readonly Point[], r: number): string {
  const R = fmt(r);
  const D = fmt(2 * r);
  return points.map(([x, y]) => `M${pt(x - r, y)}a${R} ${R} 0 1 0 ${D} 0a${R} ${R} 0 1 0 -${D} 0`).join("");
}

/**
 * Leaf from its base along `angle`. `bend` curls the tip sideways (fraction of
 * length); it grows with the square of the distance so the base stays straight.
 */
function leafFrame(x: number, y: number, angle: number, length: number, bend: number) {
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  return (u: number, v: number) => {
    const bent = v + bend * length * (u / length) ** 2;
    return pt(x + u * dx - bent * dy, y + u * dy + bent * dx);
  };
}

export function leafPath(x: number, y: number, angle: number, length: number, half: number, bend = 0): string {
  const p = leafFrame(x, y, angle, length, bend);
  const L = length;
  return `M${p(0, 0)}C${p(0.3 * L, 1.15 * half)} ${p(0.72 * L, 0.95 * half)} ${p(L, 0)}C${p(0.72 * L, -0.95 * half)} ${p(0.3 * L, -1.15 * half)} ${p(0, 0)}Z`;
}

export function leafRib(x: number, y: number, angle: number, length: number, bend = 0): string {
  const p = leafFrame(x, y, angle, length, bend);
  return `M${p(0, 0)}Q${p(0.5 * length, 0)} ${p(0.88 * length, 0)}`;
}

export interface LeafSpec {
  x: number;
  y: number;
  angle: number;
  length: number;
  half: number;
  bend?: number;
  colour: string;
}

/** Leaves grouped by colour into as few paths as possible, each with a pale midrib. */
export function leaves(defs: Defs, specs: readonly LeafSpec[]): string {
  const byColour = new Map<string, LeafSpec[]>();
  for (const leaf of specs) byColour.set(leaf.colour, [...(byColour.get(leaf.colour) ?? []), leaf]);
  let out = "";
  for (const [colour, list] of byColour) {
    const body = list.map((l) => leafPath(l.x, l.y, l.angle, l.length, l.half, l.bend)).join("");
    const ribs = list.map((l) => leafRib(l.x, l.y, l.angle, l.length, l.bend)).join("");
    out += el("path", {
      d: body,
      fill: defs.linear([
        [0, shade(colour, 0.18)],
        [1, lighten(colour, 0.12)],
      ]),
      stroke: shade(colour, 0.35),
      "stroke-width": 1.4,
      "stroke-opacity": "0.5",
      "stroke-linejoin": "round",
    });
    out += el("path", { d: ribs, fill: "none", stroke: lighten(colour, 0.45), "stroke-width": 2, "stroke-opacity": "0.55", "stroke-linecap": "round" });
  }
  return out;
}

/** Drop hanging from its top point (x, y); `size` is roughly its width. */
export function teardropPath(x: number, y: number, size: number): string {
  const r = size / 2;
  return `M${pt(x, y)}C${pt(x + 0.25 * r, y + r)} ${pt(x + r, y + 1.3 * r)} ${pt(x + r, y + 2 * r)}A${fmt(r)} ${fmt(r)} 0 0 1 ${pt(x - r, y + 2 * r)}C${pt(x - r, y + 1.3 * r)} ${pt(x - 0.25 * r, y + r)} ${pt(x, y)}Z`;
}

/** Glossy bead: coloured disc plus a small off-centre highlight. */
export function beads(points: readonly Point[], r: number, colour: string): string {
  if (points.length === 0) return "";
  const glints = points.map(([x, y]) => [x - r * 0.35, y - r * 0.35] as const);
  return (
    el("path", { d: dotsPath(points, r), fill: colour, stroke: shade(colour, 0.35), "stroke-width": Math.max(0.8, r * 0.12), "stroke-opacity": "0.5" }) +
    el("path", { d: dotsPath(glints, r * 0.32), fill: "#ffffff", "fill-opacity": "0.7" })
  );
}

/** Ribbon bow centred on its knot; tails hang down. `size` ≈ half the bow's width. */
export function bow(defs: Defs, cx: number, cy: number, size: number, colour: string, tailLength = 1.4): string {
  const s = size;
  const dark = shade(colour, 0.3);
  const light = lighten(colour, 0.35);
  const fill = defs.linear(
    [
      [0, lighten(colour, 0.12)],
      [1, shade(colour, 0.15)],
    ],
    0,
    0,
    0,
    1,
  );
  const side = (k: 1 | -1) => ({
    tail:
      `M${pt(cx - 0.08 * s * k, cy)}C${pt(cx + 0.2 * s * k, cy + 0.45 * s)} ${pt(cx + 0.38 * s * k, cy + 0.85 * s * tailLength)} ` +
      `${pt(cx + 0.55 * s * k, cy + tailLength * s)}L${pt(cx + 0.43 * s * k, cy + (tailLength - 0.05) * s)}` +
      `L${pt(cx + 0.33 * s * k, cy + (tailLength + 0.12) * s)}C${pt(cx + 0.2 * s * k, cy + 0.8 * s * tailLength)} ` +
      `${pt(cx + 0.05 * s * k, cy + 0.45 * s)} ${pt(cx - 0.22 * s * k, cy + 0.05 * s)}Z`,
    loop:
      `M${pt(cx, cy)}C${pt(cx + 0.3 * s * k, cy - 0.8 * s)} ${pt(cx + 1.12 * s * k, cy - 0.62 * s)} ${pt(cx + 1.02 * s * k, cy - 0.02 * s)}` +
      `C${pt(cx + 0.95 * s * k, cy + 0.42 * s)} ${pt(cx + 0.38 * s * k, cy + 0.3 * s)} ${pt(cx, cy)}Z`,
    fold:
      `M${pt(cx + 0.1 * s * k, cy - 0.03 * s)}C${pt(cx + 0.38 * s * k, cy - 0.48 * s)} ${pt(cx + 0.84 * s * k, cy - 0.42 * s)} ` +
      `${pt(cx + 0.84 * s * k, cy - 0.05 * s)}C${pt(cx + 0.62 * s * k, cy - 0.16 * s)} ${pt(cx + 0.32 * s * k, cy - 0.08 * s)} ${pt(cx + 0.1 * s * k, cy - 0.03 * s)}Z`,
    glint: `M${pt(cx + 0.3 * s * k, cy - 0.42 * s)}Q${pt(cx + 0.7 * s * k, cy - 0.66 * s)} ${pt(cx + 0.95 * s * k, cy - 0.3 * s)}`,
  });
  const left = side(-1);
  const right = side(1);
  const stroke = { stroke: dark, "stroke-width": Math.max(1, s * 0.025), "stroke-opacity": "0.6", "stroke-linejoin": "round" };
  return (
    el("path", { d: left.tail + right.tail, fill: shade(colour, 0.08), ...stroke }) +
    el("path", { d: left.loop + right.loop, fill, ...stroke }) +
    el("path", { d: left.fold + right.fold, fill: dark, "fill-opacity": "0.45" }) +
    el("path", { d: left.glint + right.glint, fill: "none", stroke: light, "stroke-width": s * 0.05, "stroke-linecap": "round", "stroke-opacity": "0.6" }) +
    el("ellipse", { cx, cy: cy + 0.02 * s, rx: 0.2 * s, ry: 0.24 * s, fill: colour, ...stroke }) +
    el("path", { d: `M${pt(cx - 0.08 * s, cy - 0.1 * s)}Q${pt(cx, cy - 0.16 * s)} ${pt(cx + 0.08 * s, cy - 0.1 * s)}`, fill: "none", stroke: light, "stroke-width": s * 0.04, "stroke-linecap": "round", "stroke-opacity": "0.7" })
  );
}

/*
 * Shadows avoid SVG filters on purpose: librsvg's feGaussianBlur over a large
 * area costs more than drawing the whole craft. Gradients and a few stacked
 * translucent copies look just as soft here at a fraction of the render time.
 */

/** Soft contact shadow on the ground: an ellipse fading out from its centre. */
export function groundShadow(defs: Defs, cx: number, cy: number, rx: number, ry: number): string {
  return el("ellipse", {
    cx,
    cy,
    rx: rx * 1.2,
    ry: ry * 1.7,
    fill: defs.radial([
      [0, INK, 0.32],
      [0.45, INK, 0.16],
      [1, INK, 0],
    ]),
  });
}

/**
 * Blurred-looking shadow from copies of a shape grown step by step, each
 * faintly tinted, so the overlap is darkest inside and fades at the edge.
 * `shapeAt(grow)` returns one element for the outline enlarged by `grow` units.
 */
export function steppedShadow(shapeAt: (grow: number, opacity: string) => string, spread: number, opacity: number, steps = 7): string {
  const each = frac(1 - (1 - opacity) ** (1 / steps));
  let out = "";
  for (let i = 0; i < steps; i++) out += shapeAt(spread * (i / (steps - 1) - 0.5), each);
  return out;
}
