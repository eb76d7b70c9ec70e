import { lighten, shade } from "./color.js";

/** One decimal is invisible at 1200 px and keeps the markup small. */
export function fmt(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "0";
  // "0.5" -> ".5": valid SVG number syntax and noticeably shorter over thousands of coordinates.
  return String(rounded).replace(/^(-?)0\./, "$1.");
}

/** "x y" pair for path data; a minus sign doubles as the separator. */
export const pt = (x: number, y: number): string => {
  const fy = fmt(y);
  return fy.startsWith("-") ? `${fmt(x)}${fy}` : `${fmt(x)} ${fy}`;
};

/** Two decimals, for opacities and gradient offsets where one decimal is too coarse. */
export const frac = (value: number): string => String(Math.round(value * 100) / 100);

/** `translate(x y)`, spelled out in full so the transform does not rely on the minus-as-separator shortcut. */
export const translate = (x: number, y: number): string => `translate(${fmt(x)} ${fmt(y)})`;

export type Attrs = Record<string, string | number | undefined>;

export function el(tag: string, attrs: Attrs, children = ""): string {
  let markup = `<${tag}`;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    markup += ` ${name}="${typeof value === "number" ? fmt(value) : value}"`;
  }
  return children ? `${markup}>${children}</${tag}>` : `${markup}/>`;
}

export const group = (attrs: Attrs, children: string): string => (children ? el("g", attrs, children) : "");

export type Stop = readonly [offset: number, colour: string, opacity?: number];

function stopsMarkup(stops: readonly Stop[]): string {
  return stops
    .map(([offset, colour, opacity]) =>
      el("stop", { offset: frac(offset), "stop-color": colour, "stop-opacity": opacity === undefined ? undefined : frac(opacity) }),
    )
    .join("");
}

/**
 * Collects <defs> entries while a picture is drawn. Entries are keyed by their
 * content so asking twice for the same gradient reuses one definition.
 */
export class Defs {
  private readonly idsByKey = new Map<string, string>();
  private readonly entries: string[] = [];

  /** `build` receives the id to use; returns the id. */
  add(key: string, build: (id: string) => string): string {
    const existing = this.idsByKey.get(key);
    if (existing) return existing;
    // Ids come from the key count, not entries.length: `build` may add nested entries before this one lands.
    const id = `d${this.idsByKey.size}`;
    this.idsByKey.set(key, id);
    this.entries.push(build(id));
    return id;
  }

  radial(stops: readonly Stop[], geometry: Attrs = {}): string {
    const key = `r|${JSON.stringify(stops)}|${JSON.stringify(geometry)}`;
    return `url(#${this.add(key, (id) => el("radialGradient", { id, ...geometry }, stopsMarkup(stops)))})`;
  }

  /** Direction given in bounding-box fractions (0..1). */
  linear(stops: readonly Stop[], x1 = 0, y1 = 0, x2 = 0, y2 = 1, extra: Attrs = {}): string {
    const key = `l|${JSON.stringify(stops)}|${x1},${y1},${x2},${y2}|${JSON.stringify(extra)}`;
    return `url(#${this.add(key, (id) =>
      el("linearGradient", { id, x1: frac(x1), y1: frac(y1), x2: frac(x2), y2: frac(y2), ...extra }, stopsMarkup(stops)),
    )})`;
  }

  /** Petal fill: deeper towards the flower centre, lighter at the tips, like sun through plastic. */
  petal(colour: string): string {
    return this.radial([
      [0, shade(colour, 0.32)],
      [0.45, colour],
      [1, lighten(colour, 0.3)],
    ]);
  }

  /** Metallic gold used for trims and ornaments. */
  gold(): string {
    return this.linear(
      [
        [0, "#f6e3a1"],
        [0.45, "#d3a54a"],
        [0.7, "#b8862f"],
        [1, "#ecd07e"],
      ],
      0,
      0,
      1,
      1,
    );
  }

  toString(): string {
    return this.entries.length ? `<defs>${this.entries.join("")}</defs>` : "";
  }
}
