import { describe, expect, it } from "vitest"
import { fieldErrors } from "../checkout/schemas"
import {
  identifierSchema,
  inviteCodeSchema,
  makerJoinSchema,
  makerLoginSchema,
  newSecretSchema,
  normaliseCode,
  parseIdentifier,
  secretProblem,
} from "./schemas"

const problem = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value)
  return result.success ? null : fieldErrors(result.error as never)._form
}

describe("her identifier", () => {
  it("reads Indonesian phone numbers in their common forms as +62…", () => {
    for (const typed of [
      "0812-3456-7890",
      "0812 3456 7890",
      "+62 812 3456 7890",
      "+62-812-3456-7890",
      "+62 (0)812 3456 7890",
      "6281234567890",
      "006281234567890",
      "812 3456 7890",
      "(0812) 3456.7890",
      " 081234567890 ",
    ]) {
      expect(parseIdentifier(typed), typed).toEqual({ kind: "phone", value: "+6281234567890" })
    }
    expect(parseIdentifier("0856 123 4567")).toEqual({ kind: "phone", value: "+628561234567" })
    // As the backend: a landline, and other countries with their "+".
    expect(parseIdentifier("061 455 1234")).toEqual({ kind: "phone", value: "+62614551234" })
    expect(parseIdentifier("+60 12 345 6789")).toEqual({ kind: "phone", value: "+60123456789" })
  })

  it("reads emails in lower case", () => {
    expect(parseIdentifier("  Sari.Rina@Gmail.COM ")).toEqual({ kind: "email", value: "sari.rina@gmail.com" })
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
  })

  it("is what the login schema sends", () => {
    expect(makerLoginSchema.parse({ identifier: "0812-3456-7890", password: " pin " })).toEqual({
      identifier: "+6281234567890",
      password: " pin ",
    })
  })
})

describe("a new PIN or password", () => {
  it("accepts a PIN of 6 or more digits that is neither repeated nor a run", () => {
    for (const pin of ["482913", "135790", "123458", "112233", "987650", "2024199"]) {
      expect(secretProblem(pin), pin).toBeNull()
    }
    expect(newSecretSchema.safeParse("482913").success).toBe(true)
  })

  it("refuses short PINs, one digit repeated, and runs up or down", () => {
    expect(secretProblem("")).toBe("secretRequired")
    expect(secretProblem("48291")).toBe("pinTooShort")
    expect(secretProblem("111111")).toBe("pinSameDigits")
    expect(secretProblem("00000000")).toBe("pinSameDigits")
    expect(secretProblem("123456")).toBe("pinSequence")
    expect(secretProblem("654321")).toBe("pinSequence")
    expect(secretProblem("0123456789")).toBe("pinSequence")
    // Runs that go round from 9 to 0 (as the backend counts them).
    expect(secretProblem("890123")).toBe("pinSequence")
    expect(secretProblem("210987")).toBe("pinSequence")
    for (const pin of ["123456", "111111", "654321"]) expect(newSecretSchema.safeParse(pin).success, pin).toBe(false)
  })

  it("accepts a password of 8 or more characters, and refuses a shorter or blank one", () => {
    expect(secretProblem("bunga mawar")).toBeNull()
    expect(secretProblem("abc12345")).toBeNull()
    expect(secretProblem("abc1234")).toBe("passwordTooShort")
    expect(secretProblem("12 3456")).toBe("passwordTooShort") // a space makes it a password, not a PIN
    expect(secretProblem("        ")).toBe("passwordBlank")
    expect(secretProblem("x".repeat(128))).toBeNull()
    expect(secretProblem("x".repeat(129))).toBe("tooLong")
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
