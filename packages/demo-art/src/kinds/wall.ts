import { INK, lighten, mix, shade } from "../color.js";
import { paletteAt, type DrawContext } from "../context.js";
import { flower } from "../flowers.js";
import { beads, circlePoints, deg, petalRing, spokes, steppedShadow, TAU, teardropPath, type PetalShape, type Point } from "../shapes.js";
import { el, pt } from "../svg.js";

const CX = 500;
const CY = 505;
const RADIUS = 300;
const PEARL = "#f7f1e6";

function hexagon(cx: number, cy: number, r: number): string {
  return circlePoints(cx, cy, 6, r, deg(-90)).map(([x, y], i) => `${i === 0 ? "M" : "L"}${pt(x, y)}`).join("") + "Z";
}

function circle(cx: number, cy: number, r: number): string {
  return `M${pt(cx - r, cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
}

interface Ring {
  count: number;
  inner: number;
  length: number;
  half: number;
  shape: PetalShape;
  colours: [string, string];
  rotation: number;
}

/**
 * Cut-bottle petals are translucent, so rings are drawn slightly see-through
 * with a pale midline, which is what makes them read as plastic rather than paper.
 */
function ring(ctx: DrawContext, r: Ring): string {
  const { defs } = ctx;
  const [a, b] = r.colours;
  const even = petalRing(CX, CY, r.count, r.inner, r.length, r.half, r.shape, r.rotation, (i) => i % 2 === 0);
  const odd = petalRing(CX, CY, r.count, r.inner, r.length, r.half, r.shape, r.rotation, (i) => i % 2 === 1);
  const edge = { stroke: shade(a, 0.45), "stroke-width": 1.4, "stroke-opacity": "0.45", "stroke-linejoin": "round", "fill-opacity": "0.93" };
  return (
    el("path", { d: even, fill: defs.petal(a), ...edge }) +
    el("path", { d: odd, fill: defs.petal(b), ...edge }) +
    el("path", { d: spokes(CX, CY, r.count, r.inner + r.length * 0.2, r.inner + r.length * 0.78, r.rotation), stroke: "#ffffff", "stroke-width": 2, "stroke-opacity": "0.4", "stroke-linecap": "round" })
  );
}

/** PET bottle bases have five rounded feet: a rosette cut from one is the centrepiece. */
function bottleBase(ctx: DrawContext, r: number, colour: string): string {
  const { defs } = ctx;
  return (
    el("path", { d: petalRing(CX, CY, 5, 0, r, r * 0.42, "round", deg(-90)), fill: defs.petal(lighten(colour, 0.2)), stroke: shade(colour, 0.4), "stroke-width": 1.5, "stroke-opacity": "0.5", "fill-opacity": "0.9" }) +
    el("path", { d: petalRing(CX, CY, 5, 0, r * 0.6, r * 0.22, "round", deg(-90)), fill: "#ffffff", "fill-opacity": "0.25" }) +
    beads([[CX, CY]], r * 0.22, mix("#d59a35", colour, 0.2))
  );
}

export function drawWallHanging(ctx: DrawContext): string {
  const { rng, defs } = ctx;
  const hex = rng.chance(0.4);
  const c0 = paletteAt(ctx, 0);
  const c1 = paletteAt(ctx, 1);
  const c2 = paletteAt(ctx, 2);
  const outline = (r: number) => (hex ? hexagon(CX, CY, r) : circle(CX, CY, r));
  const step = hex ? 6 : 8;
  const base = rng.pick([3, 4]) * step;
  const spin = rng.range(0, Math.PI);
  const felt = mix(lighten(c0, 0.82), "#f4ede2", 0.5);
  const rim = rng.pick(["#c99b4f", shade(c1, 0.2)]);

  let out = "";
  // Hanging cord from a small nail.
  out += el("path", { d: `M${pt(CX - 110, CY - RADIUS + 40)}L${pt(CX, 95)}L${pt(CX + 110, CY - RADIUS + 40)}`, fill: "none", stroke: "#8a6a4f", "stroke-width": 3, "stroke-linejoin": "round" });
  out += beads([[CX, 92]], 7, "#9c8b7a");
  // Shadow on the wall, offset down-right from a light top-left.
  out += steppedShadow((grow, opacity) => el("path", { d: outline(RADIUS + 14 + grow), fill: INK, "fill-opacity": opacity, transform: "translate(14 20)" }), 36, 0.28);
  out += el("path", { d: outline(RADIUS + 14), fill: felt, stroke: rim, "stroke-width": 12 });
  out += el("path", { d: outline(RADIUS - 4), fill: "none", stroke: shade(felt, 0.3), "stroke-width": 2, "stroke-dasharray": "9 7", "stroke-opacity": "0.6" });

  const rings: Ring[] = [
    { count: base, inner: RADIUS * 0.62, length: RADIUS * 0.36, half: RADIUS * 0.075, shape: "pointed", colours: [c0, lighten(c0, 0.28)], rotation: spin },
    { count: base, inner: RADIUS * 0.45, length: RADIUS * 0.38, half: RADIUS * 0.09, shape: rng.pick(["round", "notched"]), colours: [c1, lighten(c1, 0.2)], rotation: spin + Math.PI / base },
    { count: Math.round(base / 3) * 2, inner: RADIUS * 0.28, length: RADIUS * 0.32, half: RADIUS * 0.1, shape: "notched", colours: [c2, shade(c2, 0.1)], rotation: spin },
    { count: step + (hex ? 0 : 2), inner: RADIUS * 0.12, length: RADIUS * 0.26, half: RADIUS * 0.09, shape: "pointed", colours: [paletteAt(ctx, 3), lighten(c1, 0.1)], rotation: spin + Math.PI / step },
  ];
  for (const r of rings) out += ring(ctx, r);
  out += beads(circlePoints(CX, CY, base, RADIUS * 0.6, spin + Math.PI / base), 6, PEARL);
  out += beads(circlePoints(CX, CY, base, RADIUS * 0.985, spin), 5.5, "#e7c674");
  out += bottleBase(ctx, RADIUS * 0.17, c2);

  if (hex) {
    // A little flower on each corner of the hexagon frame.
    circlePoints(CX, CY, 6, RADIUS + 14, deg(-90)).forEach(([x, y], i) => {
      out += flower(defs, { x, y, r: 30, colour: i % 2 ? c1 : c0, kind: "layered", rotation: rng.range(0, TAU) });
    });
  }

  // Three beaded strands hanging below, the middle one longest.
  let threads = "";
  let drops = "";
  const pearls: Point[] = [];
  for (const [dx, length] of [
    [-70, 70],
    [0, 110],
    [70, 70],
  ] as const) {
    const edge = RADIUS + 14;
    const top = CY + (hex ? edge - Math.abs(dx) * Math.tan(deg(30)) : Math.sqrt(edge ** 2 - dx ** 2)) + 4;
    threads += `M${pt(CX + dx, top)}L${pt(CX + dx, top + length)}`;
    pearls.push([CX + dx, top + length * 0.35], [CX + dx, top + length * 0.65]);
    drops += teardropPath(CX + dx, top + length, 22);
  }
  out +=
    el("path", { d: threads, stroke: rim, "stroke-width": 2.5 }) +
    beads(pearls, 6, PEARL) +
    el("path", { d: drops, fill: defs.petal(c0), stroke: shade(c0, 0.4), "stroke-width": 1.2, "fill-opacity": "0.92" });
  return out;
}
