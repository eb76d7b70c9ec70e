import { describe, expect, it } from "vitest";
import synonymFile from "../synonyms.json";
import { SYNONYMS, buildSynonymGroups, expandQuery, normalise } from "./index.js";

describe("SYNONYMS", () => {
  it("holds the shop's groups, normalised", () => {
    expect(SYNONYMS).toContainEqual(expect.arrayContaining(["buket", "bouquet"]));
    expect(SYNONYMS).toContainEqual(expect.arrayContaining(["bunga", "flower", "flowers", "kembang"]));
    expect(SYNONYMS).toContainEqual(expect.arrayContaining(["hiasan dinding", "wall decor"]));
    expect(SYNONYMS).toContainEqual(expect.arrayContaining(["hiasan pintu", "door decor", "gantungan pintu"]));
    expect(SYNONYMS).toContainEqual(expect.arrayContaining(["pengantin", "bridal", "wedding"]));
    expect(SYNONYMS).toContainEqual(["bale", "bale bale"]);
    expect(SYNONYMS).toContainEqual(expect.arrayContaining(["daur ulang", "recycled"]));
    for (const group of SYNONYMS) {
      expect(group.length).toBeGreaterThan(1);
      for (const phrase of group) expect(phrase).toBe(normalise(phrase));
    }
  });

  it("comes from synonyms.json, every group valid", () => {
    const file = synonymFile as { groups: unknown };
    expect(Array.isArray(file.groups)).toBe(true);
    for (const group of file.groups as unknown[]) {
      expect(Array.isArray(group)).toBe(true);
      for (const entry of group as unknown[]) expect(typeof entry).toBe("string");
    }
    expect(SYNONYMS).toEqual(buildSynonymGroups(file.groups as string[][]));
  });

  it("drops empties, duplicates and groups of one", () => {
    expect(buildSynonymGroups([["A", "a", " "], ["Kupu-kupu", "butterfly"]])).toEqual([["kupu kupu", "butterfly"]]);
  });
});

describe("expandQuery", () => {
  it("matches multi-word phrases before their words", () => {
    const expanded = expandQuery("hiasan dinding merah");
    expect(expanded).toHaveLength(2);
    expect(expanded[0]![0]).toBe("hiasan dinding");
    expect(expanded[0]).toEqual(expect.arrayContaining(["wall decor", "dekorasi dinding"]));
    expect(expanded[1]).toEqual(["merah", "red"]);
  });

  it("works from English to Indonesian, mixed", () => {
    const expanded = expandQuery("Wall Decor merah");
    expect(expanded[0]![0]).toBe("wall decor");
    expect(expanded[0]).toContain("hiasan dinding");
    expect(expanded[1]).toContain("red");
    expect(expandQuery("flower bouquet")).toEqual([
      expect.arrayContaining(["flower", "bunga", "kembang"]),
      expect.arrayContaining(["bouquet", "buket"]),
    ]);
  });

  it("keeps unknown words (typos) alone, and the query's own form first", () => {
    expect(expandQuery("bukett")).toEqual([["bukett"]]);
    expect(expandQuery("kembang")[0]![0]).toBe("kembang");
    expect(expandQuery("bale-bale pengantin")[0]).toEqual(["bale bale", "bale"]);
    expect(expandQuery("")).toEqual([]);
  });

  it("takes custom groups, merging groups that share a phrase", () => {
    expect(expandQuery("a b c", [["a b", "x"], ["c", "y"], ["c", "z"]])).toEqual([
      ["a b", "x"],
      ["c", "y", "z"],
    ]);
  });
});
