import { describe, expect, it } from "vitest"
import {
  collectiveName,
  formatCrafts,
  formatJoined,
  initialOf,
  isMakerHandle,
  normaliseCrafts,
  orderLikeRefs,
  storyParagraphs,
  storyToShow,
  toDescription,
  toMaker,
  toMakers,
  toMakerSummary,
  toProductCard,
  toProductDetail,
} from "./transform"
import type { ProductCard, RawPublicMaker } from "./types"

const raw = (handle: string, extra: Partial<RawPublicMaker> = {}): RawPublicMaker => ({
  id: `mk_${handle}`,
  handle,
  display_name: handle[0].toUpperCase() + handle.slice(1),
  story: { id: "Saya belajar merangkai bunga.", en: "I learned to make flowers." },
  crafts: ["wall", "bouquet"],
  city: "Medan",
  image_url: `http://localhost:9000/static/${handle}.webp`,
  joined_at: "2024-03-05T00:00:00.000Z",
  is_collective: false,
  ...extra,
})

const COLLECTIVE = raw("kolektif-rumah-karya", {
  display_name: "Kolektif Rumah Karya",
  story: null,
  crafts: ["bouquet", "bale", "wall", "door"],
  city: null,
  image_url: null,
  is_collective: true,
})

describe("isMakerHandle", () => {
  it("accepts the contract's slugs only", () => {
    expect(isMakerHandle("sari")).toBe(true)
    expect(isMakerHandle("ibu-rina-2")).toBe(true)
    expect(isMakerHandle("ab")).toBe(false) // 3–60 characters
    expect(isMakerHandle("a".repeat(61))).toBe(false)
    expect(isMakerHandle("Sari")).toBe(false)
    expect(isMakerHandle("sari rina")).toBe(false)
    expect(isMakerHandle("-sari")).toBe(false)
    expect(isMakerHandle("sari--rina")).toBe(false)
    expect(isMakerHandle("../admin")).toBe(false)
  })
})

describe("crafts", () => {
  it("keeps known crafts once, in catalogue order", () => {
    expect(normaliseCrafts(["door", "weaving", "bouquet", "door", 3])).toEqual(["bouquet", "door"])
    expect(normaliseCrafts(null)).toEqual([])
  })

  it("names them in Indonesian as a sentence", () => {
    expect(formatCrafts(["bouquet"])).toBe("Buket bunga")
    expect(formatCrafts(["bouquet", "wall"])).toBe("Buket bunga dan hiasan dinding")
    expect(formatCrafts(["bouquet", "bale", "door"])).toBe("Buket bunga, bale pengantin dan hiasan pintu")
    expect(formatCrafts([])).toBe("")
  })
})

describe("toMakerSummary", () => {
  it("maps the summary the backend attaches to products", () => {
    expect(
      toMakerSummary({ handle: "sari", display_name: " Sari ", image_url: "http://localhost:9000/static/s.webp", is_collective: false })
    ).toEqual({ handle: "sari", name: "Sari", imageUrl: "http://localhost:9000/static/s.webp", isCollective: false })
  })

  it("names no maker when the summary is missing or malformed", () => {
    expect(toMakerSummary(undefined)).toBeNull()
    expect(toMakerSummary(null)).toBeNull()
    expect(toMakerSummary({ handle: "Bad Handle", display_name: "X", image_url: null, is_collective: false })).toBeNull()
    expect(toMakerSummary({ handle: "sari", display_name: "  ", image_url: null, is_collective: false })).toBeNull()
  })

  it("drops photos that are not the backend's own re-encoded files", () => {
    const s = toMakerSummary({
      handle: "sari",
      display_name: "Sari",
      image_url: "https://example.com/sari.jpg",
      is_collective: false,
    })
    expect(s?.imageUrl).toBeNull()
  })
})

describe("toMaker / toMakers", () => {
  it("maps a public profile", () => {
    expect(toMaker(raw("sari"))).toEqual({
      id: "mk_sari",
      handle: "sari",
      name: "Sari",
      imageUrl: "http://localhost:9000/static/sari.webp",
      isCollective: false,
      story: { id: "Saya belajar merangkai bunga.", en: "I learned to make flowers." },
      crafts: ["bouquet", "wall"],
      city: "Medan",
      joinedAt: "2024-03-05T00:00:00.000Z",
    })
  })

  it("shows nothing she did not consent to (nulls stay null, blanks become null)", () => {
    const m = toMaker(raw("rina", { story: { id: "  ", en: null }, city: null, image_url: null }))
    expect(m).toMatchObject({ story: { id: null, en: null }, city: null, imageUrl: null })
    expect(toMaker(raw("rina", { story: null }))?.story).toEqual({ id: null, en: null })
    expect(toMaker(raw("rina", { joined_at: "not a date" }))?.joinedAt).toBeNull()
  })

  it("keeps the API's order, the Collective last, and each maker once", () => {
    const list = toMakers([COLLECTIVE, raw("sari"), raw("rina"), raw("sari"), raw("X Y")])
    expect(list.map((m) => m.handle)).toEqual(["sari", "rina", "kolektif-rumah-karya"])
    expect(list[2].isCollective).toBe(true)
  })
})

describe("story", () => {
  it("shows the Indonesian story first, then the English one, else nothing", () => {
    expect(storyToShow({ story: { id: "Cerita", en: "Story" } })).toEqual({ text: "Cerita", lang: "id" })
    expect(storyToShow({ story: { id: null, en: "Story" } })).toEqual({ text: "Story", lang: "en" })
    expect(storyToShow({ story: { id: null, en: null } })).toBeNull()
  })

  it("splits paragraphs on line breaks", () => {
    expect(storyParagraphs("Satu.\r\n\r\n  Dua.\nTiga.  ")).toEqual(["Satu.", "Dua.", "Tiga."])
  })
})

describe("small formatting", () => {
  it("formats the month she joined in Indonesian, in Medan's time zone", () => {
    expect(formatJoined("2024-03-05T00:00:00.000Z")).toBe("Maret 2024")
    // 20:00 UTC on 31 December is already 1 January in Medan (UTC+7).
    expect(formatJoined("2023-12-31T20:00:00.000Z")).toBe("Januari 2024")
  })

  it("takes the initial of a name, whatever its script", () => {
    expect(initialOf("sari")).toBe("S")
    expect(initialOf("  Ömer")).toBe("Ö")
    expect(initialOf("")).toBe("?")
  })

  it("credits group work to the Collective by name", () => {
    expect(collectiveName("Kolektif Rumah Karya")).toBe("Kolektif Rumah Karya")
    expect(collectiveName("Rumah Karya")).toBe("Kolektif Rumah Karya")
    expect(collectiveName("Kolektifa")).toBe("Kolektif Kolektifa")
  })

  it("cuts descriptions at a word", () => {
    expect(toDescription("Pendek.")).toBe("Pendek.")
    const long = "kata ".repeat(60)
    const d = toDescription(long)
    expect(d.length).toBeLessThanOrEqual(160)
    expect(d.endsWith("kata…")).toBe(true)
  })
})

describe("products and their maker", () => {
  const summary = { handle: "sari", display_name: "Sari", image_url: null, is_collective: false }

  it("carries the maker onto cards and product details", () => {
    const base = { id: "p", handle: "h", title: "T", thumbnail: null, variants: null }
    expect(toProductCard({ ...base, maker: summary }).maker).toEqual({
      handle: "sari",
      name: "Sari",
      imageUrl: null,
      isCollective: false,
    })
    expect(toProductCard(base).maker).toBeNull()
    const detail = toProductDetail({ ...base, subtitle: null, description: null, images: null, options: null, maker: summary })
    expect(detail.maker?.name).toBe("Sari")
  })

  it("orders priced cards like her page and leaves out products the catalogue no longer has", () => {
    const card = (id: string): ProductCard => ({
      id,
      handle: id,
      title: id,
      thumbnail: null,
      createdAt: null,
      price: null,
      stock: { kind: "sold_out" },
      maker: null,
    })
    const refs = ["a", "b", "c"].map((id) => ({ id, handle: id, title: id, thumbnail: null }))
    expect(orderLikeRefs(refs, [card("c"), card("a"), card("z")]).map((p) => p.id)).toEqual(["a", "c"])
  })
})
