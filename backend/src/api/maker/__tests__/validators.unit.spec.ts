import { MakerAcceptInvite } from "../validators"

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.message).join("; ")

describe("accept-invite body", () => {
  it("normalises the code and her identifier, and keeps the password as typed", () => {
    expect(MakerAcceptInvite.parse({ code: " k7mp-x3qd ", identifier: "0812-3456-7890", password: " 482913x " })).toEqual({
      code: "K7MPX3QD",
      identifier: "+6281234567890",
      password: " 482913x ",
    })
    expect(MakerAcceptInvite.parse({ code: "K7MP-X3QD", identifier: " Siti@Example.com", password: "482913" }).identifier).toBe(
      "siti@example.com"
    )
  })

  it("passes a code that cannot be one on as null, to be answered like any wrong code", () => {
    expect(MakerAcceptInvite.parse({ code: "hello", identifier: "0812-3456-7890", password: "482913" }).code).toBeNull()
  })

  it.each([
    [{ code: "K7MP-X3QD", identifier: "0812-3456-7890", password: "123456" }, /too easy/, "123456"],
    [{ code: "K7MP-X3QD", identifier: "0812-3456-7890", password: 482913 }, /PIN of at least 6 digits/, "482913"],
    [{ code: "K7MP-X3QD", identifier: "0812 34", password: "482913" }, /phone number/, "0812 34"],
    [{ code: "K7MP-X3QD", identifier: 81234567890, password: "482913" }, /phone number/, "81234567890"],
    [{ code: 12345678, identifier: "0812-3456-7890", password: "482913" }, /invite code/, "12345678"],
    [{ identifier: "0812-3456-7890", password: "482913" }, /invite code/, "0812"],
  ])("refuses %j without repeating what was sent", (body, message, value) => {
    const result = MakerAcceptInvite.safeParse(body)
    expect(result.success).toBe(false)
    expect(messages(result)).toMatch(message)
    expect(messages(result)).not.toContain(value)
  })

  it("refuses unknown fields and bodies that are not objects", () => {
    expect(MakerAcceptInvite.safeParse({ code: "K7MP-X3QD", identifier: "0812-3456-7890", password: "482913", maker_id: "mkr_1" }).success).toBe(false)
    for (const body of [null, [], "0812-3456-7890"]) {
      const result = MakerAcceptInvite.safeParse(body)
      expect(result.success).toBe(false)
      expect(messages(result)).toBe("The request body must be a JSON object")
    }
  })
})
