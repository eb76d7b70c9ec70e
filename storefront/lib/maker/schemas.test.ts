import { describe, expect, it } from "vitest"
import { fieldErrors } from "../checkout/schemas"
import {
  identifierSchema,
  inviteCodeSchema,
  makerJoinSchema,
  makerLoginSchema,
  newSecretSchema,
  normaliseCode,
  secretProblem,
} from "./schemas"

const problem = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? null : fieldErrors(result.error as never)._form
}

// The rules themselves (phone numbers and emails, PINs and passwords, invite codes) are tested in
// packages/maker-access; here the forms' schemas and their message keys.

describe("her identifier", () => {
  it("is sent in the stored form", () => {
    expect(identifierSchema.parse(" 0812-3456-7890 ")).toBe("+6281234567890")
    expect(identifierSchema.parse("+62 (0)812 3456 7890")).toBe("+6281234567890")
    expect(identifierSchema.parse("  Sari.Rina@Gmail.COM ")).toBe("sari.rina@gmail.com")
  })

  it("refuses what is neither, saying which she seems to mean", () => {
    expect(problem(identifierSchema, "")).toBe("identifierRequired")
    expect(problem(identifierSchema, "   ")).toBe("identifierRequired")
    expect(problem(identifierSchema, "0812")).toBe("phoneInvalid")
    expect(problem(identifierSchema, "0812 3456 7890 1234")).toBe("phoneInvalid")
    expect(problem(identifierSchema, "1234 5678")).toBe("phoneInvalid")
    expect(problem(identifierSchema, "+0 812 3456")).toBe("phoneInvalid")
    expect(problem(identifierSchema, "sari@gmail")).toBe("emailInvalid")
    expect(problem(identifierSchema, "sari@gmail..com")).toBe("emailInvalid")
    expect(problem(identifierSchema, "sari")).toBe("emailInvalid")
    expect(problem(identifierSchema, `${"a".repeat(250)}@mail.com`)).toBe("tooLong")
  })

  it("is what the login schema sends", () => {
    expect(makerLoginSchema.parse({ identifier: "0812-3456-7890", password: " pin " })).toEqual({
      identifier: "+6281234567890",
      password: " pin ",
    })
  })
})

describe("a new PIN or password", () => {
  it("accepts what the backend accepts", () => {
    for (const secret of ["482913", "112233", "2024199", "bunga mawar", "abc12345", "x".repeat(128)]) {
      expect(secretProblem(secret), secret).toBeNull()
    }
    expect(newSecretSchema.safeParse("482913").success).toBe(true)
  })

  it("gives each refusal its message key", () => {
    expect(secretProblem("")).toBe("secretRequired")
    expect(secretProblem("48291")).toBe("pinTooShort")
    expect(secretProblem("111111")).toBe("pinSameDigits")
    expect(secretProblem("00000000")).toBe("pinSameDigits")
    expect(secretProblem("123456")).toBe("pinSequence")
    expect(secretProblem("654321")).toBe("pinSequence")
    expect(secretProblem("890123")).toBe("pinSequence")
    expect(secretProblem("abc1234")).toBe("passwordTooShort")
    expect(secretProblem("        ")).toBe("passwordBlank")
    expect(secretProblem("x".repeat(129))).toBe("tooLong")
    for (const pin of ["123456", "111111", "654321"]) expect(newSecretSchema.safeParse(pin).success, pin).toBe(false)
  })
})

describe("the invitation code", () => {
  it("is read as staff wrote it, whatever the case, spaces and dashes", () => {
    expect(normaliseCode(" abcd-efgh ")).toBe("ABCD-EFGH")
    expect(normaliseCode("abcd efgh")).toBe("ABCD-EFGH")
    expect(normaliseCode("ABCDEFGH")).toBe("ABCD-EFGH")
    expect(normaliseCode("AB-CD-EF-GH")).toBe("ABCD-EFGH")
    expect(inviteCodeSchema.parse("k7mp x3qd")).toBe("K7MP-X3QD")
  })

  it("must be there and have 8 letters and digits", () => {
    expect(problem(inviteCodeSchema, "")).toBe("codeRequired")
    expect(problem(inviteCodeSchema, " - ")).toBe("codeRequired")
    expect(problem(inviteCodeSchema, "ABCD-EFG")).toBe("codeInvalid")
    expect(problem(inviteCodeSchema, "ABCD-EFGHJ")).toBe("codeInvalid")
    expect(problem(inviteCodeSchema, "ABCD/EFGH")).toBe("codeInvalid")
    // Letters and digits that look alike are never in a code (as the backend reads it).
    expect(problem(inviteCodeSchema, "ABCD-EF01")).toBe("codeInvalid")
    expect(problem(inviteCodeSchema, "ABCD-EFGL")).toBe("codeInvalid")
  })
})

describe("the join form", () => {
  const good = { code: "abcd-efgh", identifier: "0812 3456 7890", password: "482913", repeat: "482913" }

  it("gives the backend a clean code, identifier and PIN", () => {
    expect(makerJoinSchema.parse(good)).toEqual({ code: "ABCD-EFGH", identifier: "+6281234567890", password: "482913", repeat: "482913" })
  })

  it("wants the same PIN twice", () => {
    const errors = (value: object) => {
      const result = makerJoinSchema.safeParse({ ...good, ...value })
      return result.success ? {} : fieldErrors(result.error)
    }
    expect(errors({ repeat: "" })).toEqual({ repeat: "repeatRequired" })
    expect(errors({ repeat: "482914" })).toEqual({ repeat: "repeatMismatch" })
    expect(makerJoinSchema.safeParse(null).success).toBe(false)
    // Every problem at once, also when other fields are wrong.
    expect(errors({ code: "", identifier: "0812", password: "123456", repeat: "12345" })).toEqual({
      code: "codeRequired",
      identifier: "phoneInvalid",
      password: "pinSequence",
      repeat: "repeatMismatch",
    })
  })
})
