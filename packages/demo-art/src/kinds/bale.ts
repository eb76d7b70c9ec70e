import { lighten, shade } from "../color.js";
import { GREENS, paletteAt, type DrawContext } from "../context.js";
import { flower, FLOWER_KINDS, type FlowerKind } from "../flowers.js";
import { beads, deg, dotsPath, groundShadow, leaves, petalRing, TAU, teardropPath, type LeafSpec, type Point } from "../shapes.js";
import { el, fmt, pt, translate } from "../svg.js";

const CX = 500;
const PEARL = "#f7f1e6";

interface Tray {
  /** Centre of the tray's top rim (an ellipse seen slightly from above). */
  y: number;
  rx: number;
  ry: number;
  depth: number;
  colour: string;
  flowerR: number;
}

const LIP = 12;

/** Point on the front half of an ellipse; t = 0 is the right end, t = π the left end. */
const frontArc = (cy: number, rx: number, ry: number, t: number): Point => [CX + rx * Math.cos(t), cy + ry * Math.sin(t)];

function trayBack(tray: Tray): string {
  return el("ellipse", { cx: CX, cy: tray.y, rx: tray.rx, ry: tray.ry, fill: shade(tray.colour, 0.35) });
}

function trayFlowers(ctx: DrawContext, tray: Tray, kinds: FlowerKind[], colourOffset: number): string {
  const { rng, defs } = ctx;
  const span = tray.rx * 0.82;
  const front = Math.max(3, Math.round((2 * span) / (tray.flowerR * 1.45)));
  const leafSpecs: LeafSpec[] = [];
  for (const side of [-1, 1]) {
    for (const lift of [10, 35, 62]) {
      leafSpecs.push({ x: CX + side * span * 0.75, y: tray.y - 8, angle: deg(side > 0 ? -lift : 180 + lift), length: tray.flowerR * 2.3, half: tray.flowerR * 0.32, bend: rng.range(-0.1, 0.1), colour: rng.pick(GREENS) });
    }
  }
  let out = leaves(defs, leafSpecs);
  const row = (count: number, y: number, r: number, inset: number, offset: number) => {
    for (let i = 0; i < count; i++) {
      const x = CX - span + inset + ((2 * (span - inset)) / Math.max(1, count - 1)) * i;
      out += flower(defs, {
        x: x + rng.range(-5, 5),
        y: y + rng.range(-4, 4),
        r: r * rng.range(0.92, 1.06),
        colour: paletteAt(ctx, i + offset),
        kind: rng.pick(kinds),
        rotation: rng.range(0, TAU),
      });
    }
  };
  row(front - 1, tray.y - tray.flowerR * 1.05, tray.flowerR * 0.88, tray.flowerR * 0.7, colourOffset + 1);
  row(front, tray.y - tray.flowerR * 0.35, tray.flowerR, 0, colourOffset);
  return out;
}

function trayFront(ctx: DrawContext, tray: Tray, ornamentColour: string): string {
  const { defs } = ctx;
  const { y, rx, ry, depth, colour } = tray;
  const gold = defs.gold();
  const bottomY = y + LIP + depth;
  const brx = rx * 0.84;
  const bry = ry * 0.84;
  const lip = `M${pt(CX - rx, y)}A${rx} ${ry} 0 0 0 ${pt(CX + rx, y)}L${pt(CX + rx, y + LIP)}A${rx} ${ry} 0 0 1 ${pt(CX - rx, y + LIP)}Z`;
  const skirt =
    `M${pt(CX - rx, y + LIP)}A${rx} ${ry} 0 0 0 ${pt(CX + rx, y + LIP)}` +
    `C${pt(CX + rx, bottomY - depth * 0.3)} ${pt(CX + brx, bottomY - depth * 0.1)} ${pt(CX + brx, bottomY)}` +
    `A${brx} ${bry} 0 0 1 ${pt(CX - brx, bottomY)}C${pt(CX - brx, bottomY - depth * 0.1)} ${pt(CX - rx, bottomY - depth * 0.3)} ${pt(CX - rx, y + LIP)}Z`;
  const scallopCount = Math.round(rx / 11);
  const scallops = Array.from({ length: scallopCount }, (_, i) => frontArc(y + LIP + 3, rx * 0.99, ry, (Math.PI * (i + 0.5)) / scallopCount));
  const rosetteCount = Math.round(rx / 38);
  const rosettes = Array.from({ length: rosetteCount }, (_, i) => frontArc(y + LIP + depth * 0.55, rx * 0.92, ry, (Math.PI * (i + 0.5)) / rosetteCount));
  const rosette = defs.add("bale-rosette", (id) =>
    el("path", { id, d: petalRing(0, 0, 4, 0.1, 2, 0.7, "round", Math.PI / 4) + petalRing(0, 0, 4, 0.1, 1.4, 0.5, "round", 0), fill: gold }),
  );
  const rosetteUses = rosettes.map(([x, ry2]) => el("use", { href: `#${rosette}`, transform: `${translate(x, ry2)} scale(${fmt(depth / 10)})` })).join("");
  let out =
    el("path", {
      d: skirt,
      fill: defs.linear(
        [
          [0, shade(colour, 0.3)],
          [0.42, lighten(colour, 0.12)],
          [0.55, colour],
          [1, shade(colour, 0.35)],
        ],
        0,
        0,
        1,
        0,
      ),
      stroke: shade(colour, 0.45),
      "stroke-width": 1.5,
      "stroke-opacity": "0.5",
    }) +
    el("path", { d: dotsPath(scallops, 6.5), fill: gold, stroke: shade("#b8862f", 0.2), "stroke-width": 0.8 }) +
    rosetteUses +
    el("path", { d: dotsPath(rosettes, depth * 0.045), fill: PEARL }) +
    el("path", { d: `M${pt(CX - brx, bottomY)}A${brx} ${bry} 0 0 0 ${pt(CX + brx, bottomY)}`, fill: "none", stroke: gold, "stroke-width": 6 }) +
    el("path", { d: lip, fill: gold, stroke: shade("#b8862f", 0.3), "stroke-width": 1, "stroke-opacity": "0.6" });
  // Hanging ornaments: a gold thread, a pearl, and a coloured drop, alternating long and short.
  const count = Math.round(brx / 30);
  let threads = "";
  let drops = "";
  const pearls: Point[] = [];
  for (let i = 0; i < count; i++) {
    const [x, top] = frontArc(bottomY, brx, bry, (Math.PI * (i + 0.5)) / count);
    const length = i % 2 === 0 ? 30 : 50;
    threads += `M${pt(x, top)}L${pt(x, top + length)}`;
    pearls.push([x, top + length * 0.55]);
    drops += teardropPath(x, top + length, 14);
  }
  out +=
    el("path", { d: threads, stroke: gold, "stroke-width": 2.2, fill: "none" }) +
    beads(pearls, 5, PEARL) +
    el("path", { d: drops, fill: defs.linear([[0, lighten(ornamentColour, 0.3)], [1, shade(ornamentColour, 0.25)]]), stroke: gold, "stroke-width": 1.5 });
  return out;
}

/** Top spray: a gold finial among "bunga telur" sticks, each ending in a small flower. */
function crown(ctx: DrawContext, tray: Tray, kinds: FlowerKind[]): string {
  const { rng, defs } = ctx;
  const gold = defs.gold();
  const baseY = tray.y - 20;
  const sticks = rng.int(7, 9);
  let stems = "";
  const tips: Array<{ x: number; y: number }> = [];
  for (let i = 0; i < sticks; i++) {
    const a = deg(-165 + (150 * i) / (sticks - 1) + rng.range(-5, 5));
    const len = rng.range(135, 175) * (1 - 0.25 * Math.abs(Math.cos(a)));
    const x = CX + Math.cos(a) * len * 1.25;
    const y = baseY + Math.sin(a) * len;
    stems += `M${pt(CX, baseY)}Q${pt(CX + Math.cos(a) * len * 0.5, baseY + Math.sin(a) * len * 0.75)} ${pt(x, y)}`;
    tips.push({ x, y });
  }
  let out = el("path", { d: stems, stroke: gold, "stroke-width": 3, fill: "none", "stroke-linecap": "round" });
  out += el("path", { d: `M${pt(CX - 6, baseY)}L${pt(CX - 4, 150)}L${pt(CX + 4, 150)}L${pt(CX + 6, baseY)}Z`, fill: gold });
  out += el("path", { d: teardropPath(CX, 112, 30), fill: gold, stroke: shade("#b8862f", 0.3), "stroke-width": 1, transform: `rotate(180 ${CX} 136)` });
  out += beads([[CX, 104]], 7, PEARL);
  tips.forEach((tip, i) => {
    out += flower(defs, { x: tip.x, y: tip.y, r: rng.range(20, 25), colour: paletteAt(ctx, i), kind: rng.pick(kinds), rotation: rng.range(0, TAU) });
  });
  return out;
}

export function drawBale(ctx: DrawContext): string {
  const { rng, defs } = ctx;
  const gold = defs.gold();
  const kinds = rng.shuffle(FLOWER_KINDS).slice(0, 2) as FlowerKind[];
  const trays: Tray[] = [
    { y: 660, rx: 270, ry: 34, depth: 64, colour: paletteAt(ctx, 0), flowerR: 44 },
    { y: 488, rx: 200, ry: 27, depth: 54, colour: paletteAt(ctx, 1), flowerR: 38 },
    { y: 330, rx: 136, ry: 20, depth: 44, colour: paletteAt(ctx, 2), flowerR: 32 },
  ];
  const ornamentColour = paletteAt(ctx, 1);
  let out = groundShadow(defs, CX, 896, 150, 16);
  // Central gold pole with turned knobs between the trays.
  out += el("rect", { x: CX - 11, y: 320, width: 22, height: 545, fill: defs.linear([[0, "#b8862f"], [0.4, "#f3dc8f"], [1, "#a8772a"]], 0, 0, 1, 0) });
  out += el("path", { d: dotsPath([[CX, 792]], 22) + dotsPath([[CX, 830]], 14), fill: gold });
  out += el("path", { d: `M${pt(CX - 60, 858)}L${pt(CX + 60, 858)}L${pt(CX + 125, 892)}L${pt(CX - 125, 892)}Z`, fill: gold, stroke: shade("#b8862f", 0.3), "stroke-width": 1 });
  out += el("ellipse", { cx: CX, cy: 858, rx: 60, ry: 9, fill: lighten("#d3a54a", 0.3) });
  trays.forEach((tray, index) => {
    out += trayBack(tray);
    out += index === 2 ? crown(ctx, tray, kinds) : "";
    out += trayFlowers(ctx, tray, kinds, index);
    out += trayFront(ctx, tray, ornamentColour);
  });
  return out;
}
