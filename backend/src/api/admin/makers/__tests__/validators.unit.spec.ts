import { AdminAssignProducts, AdminCreateMaker, AdminRecordConsent, AdminUpdateMaker } from "../validators"

const valid = { handle: "ibu-sondang", display_name: "Ibu Sondang", crafts: ["bale"] }
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.message).join("; ")

describe("admin maker bodies", () => {
  it("accepts a minimal maker and normalises crafts to a set in catalogue order", () => {
    const result = AdminCreateMaker.parse({ ...valid, crafts: ["door", "bale", "door"] })
    expect(result.crafts).toEqual(["bale", "door"])
  })

  it.each([
    ["spaces", "ibu sondang"],
    ["uppercase", "Ibu-Sondang"],
    ["a trailing hyphen", "ibu-"],
    ["double hyphens", "ibu--sondang"],
    ["too short", "ab"],
    ["too long", "a".repeat(61)],
  ])("rejects a handle with %s", (_, handle) => {
    expect(AdminCreateMaker.safeParse({ ...valid, handle }).success).toBe(false)
  })

  it("limits stories to 2000 characters per language", () => {
    expect(AdminCreateMaker.safeParse({ ...valid, story_id: "a".repeat(2000) }).success).toBe(true)
    expect(AdminCreateMaker.safeParse({ ...valid, story_id: "a".repeat(2001) }).success).toBe(false)
    expect(AdminCreateMaker.safeParse({ ...valid, story_en: "a".repeat(2001) }).success).toBe(false)
  })

  it("requires a non-empty subset of the four crafts", () => {
    expect(AdminCreateMaker.safeParse({ ...valid, crafts: [] }).success).toBe(false)
    expect(AdminCreateMaker.safeParse({ ...valid, crafts: ["pottery"] }).success).toBe(false)
  })

  it("rejects unknown fields, also inside private and consents", () => {
    expect(AdminCreateMaker.safeParse({ ...valid, status: "hidden" }).success).toBe(false)
    expect(AdminCreateMaker.safeParse({ ...valid, private: { nik: "1" } }).success).toBe(false)
    expect(AdminCreateMaker.safeParse({ ...valid, consents: { phone: true } }).success).toBe(false)
    expect(AdminUpdateMaker.safeParse({ is_collective: true }).success).toBe(false)
  })

  it("never repeats a private value in its messages", () => {
    const secret = "SENTINEL-4c1d"
    for (const body of [
      { ...valid, private: secret },
      { ...valid, private: { phone: secret } },
      { ...valid, private: { payout_method: secret } },
      { ...valid, private: { bank_account_number: secret } },
      { ...valid, private: { legal_name: [secret] } },
      { ...valid, private: { legal_name: secret.repeat(100) } },
    ]) {
      const result = AdminCreateMaker.safeParse(body)
      expect(result.success).toBe(false)
      expect(JSON.stringify(result.error!.issues.map((i) => i.message))).not.toContain("SENTINEL")
      expect(messages(result)).toMatch(/private/)
    }
  })

  it("accepts private data with blank fields as null", () => {
    const result = AdminUpdateMaker.parse({ private: { phone: " +62 812-3456-7890 ", staff_notes: "  ", payout_method: "ewallet" } })
    expect(result.private).toEqual({ phone: "+62 812-3456-7890", staff_notes: null, payout_method: "ewallet" })
  })

  it("checks consent and product bodies", () => {
    expect(AdminRecordConsent.safeParse({ item: "story", granted: false }).success).toBe(true)
    expect(AdminRecordConsent.safeParse({ item: "phone", granted: true }).success).toBe(false)
    expect(AdminRecordConsent.safeParse({ item: "story", granted: "no" }).success).toBe(false)
    expect(AdminAssignProducts.safeParse({}).success).toBe(false)
    expect(AdminAssignProducts.safeParse({ add: ["prod_1"] }).success).toBe(true)
  })
})
