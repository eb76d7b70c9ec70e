import {
  currentConsents,
  currentConsentsByMaker,
  FALLBACK_COLLECTIVE_SUMMARY,
  isPubliclyVisible,
  noConsents,
  sortForStore,
  toAdminMaker,
  toMakerPrivate,
  toPublicMaker,
  toPublicSummary,
} from "../public-view"
import { PRIVATE_FIELDS, type ConsentItem, type ConsentRecord, type Consents, type MakerRow } from "../types"

const maker = (overrides: Partial<MakerRow> = {}): MakerRow => ({
  id: "mkr_1",
  handle: "kak-melati",
  display_name: "Kak Melati",
  story_id: "Cerita",
  story_en: "Story",
  crafts: ["door", "bouquet"],
  city: "Medan",
  image_url: "http://localhost/static/melati.webp",
  joined_at: "2024-01-02T00:00:00.000Z",
  status: "active",
  is_collective: false,
  created_at: "2024-01-02T00:00:00.000Z",
  updated_at: "2024-01-03T00:00:00.000Z",
  ...overrides,
})

let seq = 0
const record = (item: ConsentItem, granted: boolean, at: string, maker_id = "mkr_1"): ConsentRecord => ({
  id: `mkrc_${String(++seq).padStart(4, "0")}`,
  maker_id,
  item,
  granted,
  recorded_by: "user_1",
  recorded_at: at,
})

const consents = (granted: Partial<Record<ConsentItem, boolean>>): Consents =>
  currentConsents(Object.entries(granted).map(([item, g]) => record(item as ConsentItem, g!, "2024-01-01T00:00:00Z")))

const all = () => consents({ display_name: true, story: true, image: true, city: true })

// A row as the database might hold it, with private columns that must never be copied into public data.
const rowWithPrivateColumns = () =>
  ({ ...maker(), legal_name: "SENTINEL-legal", phone: "SENTINEL-phone", staff_notes: "SENTINEL-notes" }) as MakerRow

describe("currentConsents", () => {
  it("is nothing consented without records", () => {
    expect(currentConsents([])).toEqual(noConsents())
    expect(Object.values(noConsents()).every((c) => c.granted === false && c.recorded_at === null)).toBe(true)
  })

  it("takes the latest record per item, whatever the order the records come in", () => {
    const granted = record("story", true, "2024-01-01T00:00:00Z")
    const revoked = record("story", false, "2024-02-01T00:00:00Z")
    expect(currentConsents([granted, revoked]).story.granted).toBe(false)
    expect(currentConsents([revoked, granted]).story.granted).toBe(false)
    expect(currentConsents([revoked, granted]).story).toEqual({
      granted: false,
      recorded_at: "2024-02-01T00:00:00.000Z",
      recorded_by: "user_1",
    })
  })

  it("breaks a tie in time by the record id (generated in time order)", () => {
    const first = record("city", true, "2024-01-01T00:00:00Z")
    const second = record("city", false, "2024-01-01T00:00:00Z")
    expect(currentConsents([second, first]).city.granted).toBe(false)
  })

  it("keeps items apart and makers apart", () => {
    const byMaker = currentConsentsByMaker([
      record("image", true, "2024-01-01T00:00:00Z", "mkr_1"),
      record("image", false, "2024-01-01T00:00:00Z", "mkr_2"),
    ])
    expect(byMaker.get("mkr_1")!.image.granted).toBe(true)
    expect(byMaker.get("mkr_1")!.story.granted).toBe(false)
    expect(byMaker.get("mkr_2")!.image.granted).toBe(false)
  })
})

describe("toPublicMaker", () => {
  it("shows an active maker who consented to everything, from explicit fields only", () => {
    const result = toPublicMaker(rowWithPrivateColumns(), all())
    expect(result).toEqual({
      id: "mkr_1",
      handle: "kak-melati",
      display_name: "Kak Melati",
      story: { id: "Cerita", en: "Story" },
      crafts: ["bouquet", "door"],
      city: "Medan",
      image_url: "http://localhost/static/melati.webp",
      joined_at: "2024-01-02T00:00:00.000Z",
      is_collective: false,
    })
    expect(JSON.stringify(result)).not.toContain("SENTINEL")
  })

  it("hides a hidden maker, and one without display-name consent", () => {
    expect(toPublicMaker(maker({ status: "hidden" }), all())).toBeNull()
    expect(toPublicMaker(maker(), consents({ story: true, image: true, city: true }))).toBeNull()
    expect(toPublicMaker(maker(), undefined)).toBeNull()
    expect(isPubliclyVisible(maker(), consents({ display_name: true }))).toBe(true)
  })

  it("leaves out each item she did not consent to", () => {
    const result = toPublicMaker(maker(), consents({ display_name: true, story: false, image: false, city: false }))!
    expect(result.story).toEqual({ id: null, en: null })
    expect(result.image_url).toBeNull()
    expect(result.city).toBeNull()
    expect(result.display_name).toBe("Kak Melati")
  })

  it("follows a withdrawal recorded after a grant", () => {
    const records = [record("display_name", true, "2024-01-01T00:00:00Z"), record("city", true, "2024-01-01T00:00:00Z")]
    expect(toPublicMaker(maker(), currentConsents(records))!.city).toBe("Medan")
    records.push(record("city", false, "2024-03-01T00:00:00Z"))
    expect(toPublicMaker(maker(), currentConsents(records))!.city).toBeNull()
  })

  it("always shows the Collective, which stands for group work", () => {
    const collective = maker({ handle: "kolektif-rumah-karya", is_collective: true })
    expect(toPublicMaker(collective, undefined)!.is_collective).toBe(true)
    expect(toPublicMaker(collective, undefined)!.city).toBe("Medan")
  })

  it("drops crafts the contract does not know", () => {
    expect(toPublicMaker(maker({ crafts: ["wall", "pottery"] }), all())!.crafts).toEqual(["wall"])
  })
})

describe("toPublicSummary", () => {
  const collective = { ...FALLBACK_COLLECTIVE_SUMMARY }

  it("names a visible maker, with her image only with consent", () => {
    expect(toPublicSummary(maker(), all(), collective)).toEqual({
      handle: "kak-melati",
      display_name: "Kak Melati",
      image_url: "http://localhost/static/melati.webp",
      is_collective: false,
    })
    expect(toPublicSummary(maker(), consents({ display_name: true }), collective).image_url).toBeNull()
  })

  it("names the Collective for a hidden, unnamed or unknown maker", () => {
    expect(toPublicSummary(maker({ status: "hidden" }), all(), collective)).toEqual(collective)
    expect(toPublicSummary(maker(), consents({ image: true }), collective)).toEqual(collective)
    expect(toPublicSummary(undefined, undefined, collective)).toEqual(collective)
  })

  it("never carries anything but the four summary fields", () => {
    expect(Object.keys(toPublicSummary(rowWithPrivateColumns(), all(), collective)).sort()).toEqual(
      ["display_name", "handle", "image_url", "is_collective"]
    )
  })
})

describe("store order and staff views", () => {
  it("lists people by the date they joined, the Collective last", () => {
    const list = sortForStore([
      { handle: "kolektif", is_collective: true, joined_at: "2020-01-01" },
      { handle: "b", is_collective: false, joined_at: "2024-01-01" },
      { handle: "a", is_collective: false, joined_at: "2023-01-01" },
    ])
    expect(list.map((m) => m.handle)).toEqual(["a", "b", "kolektif"])
  })

  it("gives staff every stored public field and current consents, without private data", () => {
    const admin = toAdminMaker(rowWithPrivateColumns(), consents({ display_name: true }), 3)
    expect(admin.product_count).toBe(3)
    expect(admin.consents.display_name.granted).toBe(true)
    expect(admin.city).toBe("Medan")
    expect(JSON.stringify(admin)).not.toContain("SENTINEL")
  })

  it("returns every private field, null when unknown, and nothing else", () => {
    const result = toMakerPrivate({ legal_name: "Siti", phone: 123, maker_id: "mkr_1", id: "mkrp_1" })
    expect(Object.keys(result)).toEqual([...PRIVATE_FIELDS])
    expect(result.legal_name).toBe("Siti")
    expect(result.phone).toBeNull()
    expect(toMakerPrivate(undefined).staff_notes).toBeNull()
  })
})
