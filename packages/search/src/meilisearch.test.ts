import { describe, expect, it } from "vitest";
import {
  FACET_SEPARATOR,
  fromMeilisearchDocument,
  meilisearchSettings,
  meilisearchSynonyms,
  parseFacetValue,
  SEARCH_DOCUMENT_FIELDS,
  SYNONYMS,
  toMeilisearchDocument,
  toSearchDocument,
} from "./index.js";

describe("meilisearchSynonyms", () => {
  it("maps every phrase to the other phrases of its groups", () => {
    expect(meilisearchSynonyms([["a", "b", "c"], ["c", "d"]])).toEqual({
      a: ["b", "c"],
      b: ["a", "c"],
      c: ["a", "b", "d"],
      d: ["c"],
    });
  });
  it("is built from the shop's synonym file", () => {
    const map = meilisearchSynonyms();
    expect(map["buket"]).toContain("bouquet");
    expect(map["bouquet"]).toContain("buket");
    expect(map["wall decor"]).toContain("hiasan dinding");
    expect(Object.keys(map)).toHaveLength(new Set(SYNONYMS.flat()).size);
  });
});

describe("meilisearchSettings", () => {
  it("searches titles first and filters, sorts and facets on public fields", () => {
    const settings = meilisearchSettings();
    expect(settings.searchableAttributes[0]).toBe("title");
    expect(settings.searchableAttributes).toEqual(expect.arrayContaining(["title_en", "maker_name", "category_names"]));
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(["category_handles", "maker_handle", "price_idr", "price_usd", "in_stock"])
    );
    expect(settings.sortableAttributes).toEqual(["price_idr", "price_usd", "created_at"]);
    expect(settings.rankingRules[0]).toBe("sort");
    expect(settings.typoTolerance.minWordSizeForTypos.oneTypo).toBeLessThanOrEqual(5);
    expect(settings.synonyms).toEqual(meilisearchSynonyms());
    const known = new Set<string>([...SEARCH_DOCUMENT_FIELDS, "category_facets", "maker_facet"]);
    for (const attribute of [...settings.searchableAttributes, ...settings.filterableAttributes, ...settings.sortableAttributes])
      expect(known.has(attribute)).toBe(true);
  });
});

describe("Meilisearch documents", () => {
  const doc = toSearchDocument(
    {
      id: "prod_1",
      handle: "hiasan",
      title: "Hiasan Dinding",
      categories: [{ handle: "hiasan-dinding", name: "Hiasan Dinding" }],
      in_stock: true,
      created_at: "2026-01-01T00:00:00Z",
    },
    { handle: "sari", display_name: "Sari" }
  );

  it("pairs facet handles with names, and round-trips", () => {
    const stored = toMeilisearchDocument(doc);
    expect(stored.category_facets).toEqual([`hiasan-dinding${FACET_SEPARATOR}Hiasan Dinding`]);
    expect(stored.maker_facet).toBe(`sari${FACET_SEPARATOR}Sari`);
    expect(parseFacetValue(stored.maker_facet!)).toEqual({ handle: "sari", name: "Sari" });
    expect(parseFacetValue("plain")).toEqual({ handle: "plain", name: "plain" });
    expect(fromMeilisearchDocument(stored)).toEqual(doc);
  });

  it("has no maker facet for a maker who may not be shown", () => {
    expect(toMeilisearchDocument({ ...doc, maker_handle: null, maker_name: null }).maker_facet).toBeNull();
  });
});
