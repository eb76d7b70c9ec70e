const HEX_COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Warm near-black used for shading, so shadows read as soft plum-brown rather than grey. */
export const INK = "#3a2630";

/** Returns `#rrggbb` in lower case; throws on anything that is not a 3- or 6-digit hex colour. */
export function normalizeHex(input: string): string {
  const match = typeof input === "string" ? HEX_COLOUR.exec(input.trim()) : null;
  if (!match || match[1] === undefined) {
    throw new TypeError(`Expected a hex colour like "#c0587e", got ${JSON.stringify(input)}`);
  }
  const digits = match[1].toLowerCase();
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits;
  return `#${full}`;
}

function channels(hex: string): [number, number, number] {
  const value = parseInt(normalizeHex(hex).slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(r: number, g: number, b: number): string {
  const part = (v: number) =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, "0");
  return `#${part(r)}${part(g)}${part(b)}`;
}

/** Linear blend: t = 0 gives `a`, t = 1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  return toHex(ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t);
}

export const lighten = (colour: string, amount: number): string => mix(colour, "#ffffff", amount);
export const shade = (colour: string, amount: number): string => mix(colour, INK, amount);

/** Relative luminance in [0, 1] (sRGB, WCAG formula). */
export function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Colourfulness in [0, 1]: 0 for greys and whites, 1 for pure hues. */
export function chroma(colour: string): number {
  const c = channels(colour);
  return (Math.max(...c) - Math.min(...c)) / 255;
}
