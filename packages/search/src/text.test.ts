import { describe, expect, it } from "vitest";
import { normalise, tokens } from "./index.js";

describe("normalise", () => {
  it("lowercases, strips diacritics and punctuation, collapses spaces", () => {
    expect(normalise("  Bale-Bale   Pengantin! ")).toBe("bale bale pengantin");
    expect(normalise("Café CRÈME")).toBe("cafe creme");
    expect(normalise("Buket #12, mawar/merah")).toBe("buket 12 mawar merah");
  });
  it("is empty for nothing", () => {
    expect(normalise("")).toBe("");
    expect(normalise(null)).toBe("");
    expect(normalise(" ,.- ")).toBe("");
  });
});

describe("tokens", () => {
  it("splits normalised text into words", () => {
    expect(tokens("Hiasan-Dinding  merah")).toEqual(["hiasan", "dinding", "merah"]);
    expect(tokens("   ")).toEqual([]);
  });
});
