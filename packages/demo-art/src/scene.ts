import { lighten, shade } from "./color.js";
import type { DrawContext } from "./context.js";
import { el, fmt } from "./svg.js";

export type Setting =
  /** Object stands on a surface: adds a soft floor band. */
  | "table"
  /** Object hangs on a plain wall. */
  | "wall"
  /** Object hangs on a panelled door. */
  | "door";

type Texture = "dots" | "linen" | "lattice";

/**
 * The faint background texture is plain strokes, not an SVG <pattern>: librsvg
 * renders a full-canvas pattern fill several times slower than the whole craft.
 */
function texture(ctx: DrawContext, kind: Texture): string {
  const ink = shade(ctx.background, 0.55);
  const step = 28;
  let d = "";
  for (let k = step / 2; k < 1000; k += step) {
    if (kind === "lattice") {
      d += `M${fmt(k)} 0L0 ${fmt(k)}M${fmt(1000 - k)} 0L1000 ${fmt(k)}`;
      d += `M${fmt(k)} 1000L1000 ${fmt(k)}M${fmt(1000 - k)} 1000L0 ${fmt(k)}`;
    } else {
      d += `M0 ${fmt(k)}H1000`;
      if (kind === "linen") d += `M${fmt(k)} 0V1000`;
    }
  }
  const stroke =
    kind === "dots"
      ? // Dashes as long as the line is wide are square dots on a grid.
        { "stroke-width": 2, "stroke-dasharray": `2 ${step - 2}`, "stroke-dashoffset": -(step / 2 - 1), "stroke-opacity": "0.14" }
      : { "stroke-width": kind === "linen" ? 0.6 : 0.7, "stroke-opacity": "0.1" };
  return el("path", { d, fill: "none", stroke: ink, ...stroke });
}

/** Faint raised panels so a door hanging reads as being on a door. */
function doorPanels(ctx: DrawContext): string {
  const dark = shade(ctx.background, 0.25);
  const light = lighten(ctx.background, 0.6);
  const panel = (x: number, y: number, w: number, h: number) =>
    el("rect", { x: x + 3, y: y + 3, width: w, height: h, rx: 6, fill: "none", stroke: light, "stroke-width": 5, "stroke-opacity": "0.7" }) +
    el("rect", { x, y, width: w, height: h, rx: 6, fill: "none", stroke: dark, "stroke-width": 4, "stroke-opacity": "0.28" }) +
    el("rect", { x: x + 22, y: y + 22, width: w - 44, height: h - 44, rx: 4, fill: "none", stroke: dark, "stroke-width": 2, "stroke-opacity": "0.16" });
  return panel(130, 60, 740, 500) + panel(130, 610, 740, 440);
}

export function backdrop(ctx: DrawContext, setting: Setting): string {
  const { defs, background: bg } = ctx;
  const textureKind = ctx.rng.pick<Texture>(["dots", "linen", "lattice"]);
  let out = el("rect", {
    width: 1000,
    height: 1000,
    fill: defs.radial(
      [
        [0, lighten(bg, 0.5)],
        [0.55, bg],
        // Darkening towards the corners doubles as the vignette (a separate overlay costs a full-canvas composite).
        [0.85, shade(bg, 0.07)],
        [1, shade(bg, 0.13)],
      ],
      { cx: "50%", cy: "40%", r: "75%" },
    ),
  });
  out += texture(ctx, textureKind);
  if (setting === "door") out += doorPanels(ctx);
  if (setting === "table") {
    out += el("rect", {
      y: 780,
      width: 1000,
      height: 220,
      fill: defs.linear([
        [0, shade(bg, 0.12), 0],
        [0.3, shade(bg, 0.1), 0.55],
        [1, shade(bg, 0.16), 0.8],
      ]),
    });
  }
  return out;
}
