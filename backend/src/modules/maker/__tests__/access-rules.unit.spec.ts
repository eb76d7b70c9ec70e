import * as shared from "@rumah-karya/maker-access"
import * as rules from "../access-rules"
import { hashInviteCode, INVITE_ALPHABET, inviteLink, newInviteCode, normaliseInviteCode } from "../access-rules"

// The pure rules (identifiers, masking, PINs and passwords, the invite code format) are tested in
// packages/maker-access; here what the backend adds to them.

describe("access rules", () => {
  it("are the shared package's, for every rule the backend imports from here", () => {
    for (const name of Object.keys(shared) as (keyof typeof shared)[]) {
      if (name in rules) expect(rules[name as keyof typeof rules], name).toBe(shared[name])
    }
    expect(rules.normaliseIdentifier).toBe(shared.normaliseIdentifier)
    expect(rules.passwordProblem).toBe(shared.passwordProblem)
    expect(rules.PASSWORD_MESSAGES).toBe(shared.PASSWORD_MESSAGES)
  })
})

describe("invite codes", () => {
  it("are drawn as 8 characters from the alphabet without look-alikes, and read back", () => {
    for (let i = 0; i < 200; i++) {
      const code = newInviteCode()
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
      expect(normaliseInviteCode(code)).toBe(code)
    }
    expect(INVITE_ALPHABET).toBe("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
  })

  it("are stored as a keyed hash", () => {
    const hash = hashInviteCode("K7MPX3QD", "secret-a")
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).toBe(hashInviteCode("K7MPX3QD", "secret-a"))
    expect(hash).not.toBe(hashInviteCode("K7MPX3QD", "secret-b"))
    expect(hash).not.toBe(hashInviteCode("K7MPX3QE", "secret-a"))
  })

  it("link to the portal's join page", () => {
    expect(inviteLink("https://rumahkarya.example/", "K7MPX3QD")).toBe("https://rumahkarya.example/maker/join?code=K7MP-X3QD")
  })
})
