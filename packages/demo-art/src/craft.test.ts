import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CRAFT_KINDS, craftSvg, type ArtSpec, type CraftKind } from "./index.js";

const PALETTE = ["#d9607f", "#f2b8c6", "#f6d36b", "#3d405b"];
const spec = (kind: CraftKind, seed = 7, palette: string[] = PALETTE): ArtSpec => ({ kind, palette, seed });

/** Ids defined in the document, and ids it references via href="#…" or url(#…). */
function idReferences(svg: string) {
  const defined = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  const referenced = new Set([...svg.matchAll(/(?:href="#|url\(#)([^")]+)/g)].map((m) => m[1]));
  return { defined, referenced };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("craftSvg", () => {
  it.each(CRAFT_KINDS)("%s: the same spec always gives the identical SVG", (kind) => {
    const first = craftSvg(spec(kind));
    const second = craftSvg({ ...spec(kind), palette: [...PALETTE] });
    expect(second).toBe(first);
  });

  it.each(CRAFT_KINDS)("%s: different seeds give different compositions", (kind) => {
    const svgs = new Set(Array.from({ length: 12 }, (_, seed) => craftSvg(spec(kind, seed))));
    expect(svgs.size).toBe(12);
  });

  it("does not use Math.random", () => {
    vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random must not be used");
    });
    for (const kind of CRAFT_KINDS) expect(() => craftSvg(spec(kind))).not.toThrow();
  });

  it.each(CRAFT_KINDS)("%s: is a complete square SVG document of the requested size", (kind) => {
    const svg = craftSvg(spec(kind), 640);
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    const root = svg.slice(0, svg.indexOf(">") + 1);
    expect(root.length).toBeLessThan(200);
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toContain('width="640"');
    expect(root).toContain('height="640"');
    expect(root).toContain('viewBox="0 0 1000 1000"');
    expect(craftSvg(spec(kind)).slice(0, 200)).toContain('width="1200"');
  });

  it.each(CRAFT_KINDS)("%s: every referenced id is defined exactly once", (kind) => {
    for (const seed of [1, 2, 3, 4]) {
      const { defined, referenced } = idReferences(craftSvg(spec(kind, seed)));
      expect(new Set(defined).size).toBe(defined.length);
      const missing = [...referenced].filter((id) => !defined.includes(id));
      expect(missing).toEqual([]);
    }
  });

  it.each(CRAFT_KINDS)("%s: has no text and no external references", (kind) => {
    const svg = craftSvg(spec(kind));
    expect(/<text|<image|<script|<foreignObject/i.test(svg)).toBe(false);
    expect(/href="(?!#)/.test(svg)).toBe(false);
  });

  it.each(CRAFT_KINDS)("%s: stays under 60 KB", (kind) => {
    for (let seed = 0; seed < 10; seed++) {
      expect(craftSvg(spec(kind, seed)).length).toBeLessThan(60 * 1024);
    }
  });

  it.each(CRAFT_KINDS)("%s: uses every palette colour", (kind) => {
    const svg = craftSvg(spec(kind, 3, ["#C0587E", "#2f8f9d", "#f0a04b", "#7b5ea7"]));
    for (const colour of ["#c0587e", "#2f8f9d", "#f0a04b", "#7b5ea7"]) expect(svg.includes(colour), colour).toBe(true);
  });

  it("uses the given background and derives a soft one otherwise", () => {
    expect(craftSvg({ ...spec("wall"), background: "#E8F0EE" }).includes("#e8f0ee")).toBe(true);
    expect(craftSvg(spec("wall"))).not.toBe(craftSvg({ ...spec("wall"), background: "#e8f0ee" }));
  });

  it("gives the four kinds different drawings", () => {
    const svgs = CRAFT_KINDS.map((kind) => craftSvg(spec(kind)));
    expect(new Set(svgs).size).toBe(4);
  });

  it("accepts any finite seed deterministically", () => {
    for (const seed of [-1, 0.5, 2 ** 40, Number.MAX_SAFE_INTEGER]) {
      expect(craftSvg(spec("bouquet", seed))).toBe(craftSvg(spec("bouquet", seed)));
    }
    expect(craftSvg(spec("bouquet", 0.5))).not.toBe(craftSvg(spec("bouquet", 1.5)));
  });

  it("rejects invalid input instead of writing it into the SVG", () => {
    expect(() => craftSvg({ ...spec("wall"), kind: "vase" as CraftKind })).toThrow(TypeError);
    expect(() => craftSvg(spec("wall", 1, []))).toThrow(RangeError);
    expect(() => craftSvg(spec("wall", 1, ['#fff" onload="alert(1)']))).toThrow(TypeError);
    expect(() => craftSvg({ ...spec("wall"), background: "red" })).toThrow(TypeError);
    expect(() => craftSvg(spec("wall", Number.NaN))).toThrow(TypeError);
    expect(() => craftSvg(spec("wall"), 0)).toThrow(RangeError);
    expect(() => craftSvg(spec("wall"), 100.5)).toThrow(RangeError);
  });
});

describe("craftSvg rendered by sharp", () => {
  const thumbnail = (kind: CraftKind) => sharp(Buffer.from(craftSvg(spec(kind), 96))).removeAlpha().raw().toBuffer();

  it.each(CRAFT_KINDS)("%s: renders to a picture with a distinct object in the middle", async (kind) => {
    const svg = craftSvg(spec(kind), 200);
    const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(200);
    expect(info.height).toBe(200);
    const { channels } = await sharp(data, { raw: info }).stats();
    // A blank or background-only render is nearly flat; a drawn craft has real contrast.
    expect(Math.max(...channels.map((c) => c.stdev))).toBeGreaterThan(15);
  });

  it("renders the four kinds as visibly different pictures", async () => {
    const pixels = await Promise.all(CRAFT_KINDS.map(thumbnail));
    for (let a = 0; a < pixels.length; a++) {
      for (let b = a + 1; b < pixels.length; b++) {
        const pa = pixels[a]!;
        const pb = pixels[b]!;
        let total = 0;
        for (let i = 0; i < pa.length; i++) total += Math.abs(pa[i]! - pb[i]!);
        expect(total / pa.length, `${CRAFT_KINDS[a]} vs ${CRAFT_KINDS[b]}`).toBeGreaterThan(8);
      }
    }
  });
});
