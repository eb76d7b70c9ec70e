import {
  formatInviteCode,
  hashInviteCode,
  identifierKind,
  INVITE_ALPHABET,
  inviteLink,
  maskIdentifier,
  newInviteCode,
  normaliseIdentifier,
  normaliseInviteCode,
  passwordProblem,
} from "../access-rules"

describe("normaliseIdentifier", () => {
  it.each([
    "0812-3456-7890",
    "081234567890",
    "0812 3456 7890",
    "(0812) 3456-7890",
    "0812.3456.7890",
    "+62 812 3456 7890",
    "+62-812-3456-7890",
    "+6281234567890",
    "6281234567890",
    "62 812 3456 7890",
    "0062 812 3456 7890",
    "+62 (0)812 3456 7890",
    "+62 0812 3456 7890",
    "81234567890",
    "  0812 3456 7890  ",
    "0812\u00a03456\u00a07890",
  ])("writes the Indonesian number %j as +6281234567890", (input) => {
    expect(normaliseIdentifier(input)).toEqual({ kind: "phone", value: "+6281234567890" })
  })

  it("keeps numbers of every length Indonesia uses, and Medan landlines", () => {
    expect(normaliseIdentifier("0812-345-678")?.value).toBe("+62812345678")
    expect(normaliseIdentifier("0812-3456-78901")?.value).toBe("+62812345678901")
    expect(normaliseIdentifier("(061) 456 7890")?.value).toBe("+62614567890")
  })

  it("accepts other countries' numbers only with their + or 00", () => {
    expect(normaliseIdentifier("+60 12-345 6789")).toEqual({ kind: "phone", value: "+60123456789" })
    expect(normaliseIdentifier("0060 12 345 6789")).toEqual({ kind: "phone", value: "+60123456789" })
    expect(normaliseIdentifier("60123456789")).toBeNull()
  })

  it("trims and lowercases emails", () => {
    expect(normaliseIdentifier("  Siti.Aminah@Example.CO.ID ")).toEqual({ kind: "email", value: "siti.aminah@example.co.id" })
  })

  it.each([
    "",
    "   ",
    "0812",
    "0812-3456-7890-1234",
    "0812 abc 7890",
    "12345678",
    "+62 0",
    "+0 812 3456 7890",
    "siti@",
    "@example.com",
    "siti@example",
    "siti aminah@example.com",
    "siti@@example.com",
    `${"a".repeat(250)}@example.com`,
  ])("refuses %j", (input) => {
    expect(normaliseIdentifier(input)).toBeNull()
  })

  it("refuses what is not a string", () => {
    for (const input of [undefined, null, 812345678, {}, ["0812"]]) expect(normaliseIdentifier(input)).toBeNull()
  })
})

describe("maskIdentifier", () => {
  it("shows the start and the last three digits of a phone number, not how many are hidden", () => {
    expect(maskIdentifier("+6281234567890")).toBe("+62812****890")
    expect(maskIdentifier("+62812345678")).toBe("+62812****678")
    expect(maskIdentifier("+6281234567890")).not.toContain("34567")
  })

  it("shows the first letters of an email and its last domain label", () => {
    expect(maskIdentifier("siti.aminah@gmail.com")).toBe("s***@g***.com")
    expect(maskIdentifier("a@example.co.id")).toBe("a***@e***.id")
  })

  it("names the kind", () => {
    expect(identifierKind("+6281234567890")).toBe("phone")
    expect(identifierKind("siti@example.com")).toBe("email")
  })
})

describe("passwordProblem", () => {
  it.each(["482913", "48291305", "0000001", "135790", "correct horse", "Medan2024", "12345a78"])("accepts %j", (password) => {
    expect(passwordProblem(password)).toBeNull()
  })

  it.each([
    ["12345", "pin_too_short"],
    ["4829", "pin_too_short"],
    ["123456", "pin_too_simple"],
    ["654321", "pin_too_simple"],
    ["111111", "pin_too_simple"],
    ["00000000", "pin_too_simple"],
    ["890123", "pin_too_simple"],
    ["3210987", "pin_too_simple"],
    ["123456789", "pin_too_simple"],
    ["abc1234", "password_too_short"],
    ["rahasia", "password_too_short"],
    ["        ", "password_blank"],
    ["a".repeat(129), "password_too_long"],
  ] as const)("refuses %j (%s)", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem)
  })

  it("counts characters, not bytes", () => {
    expect(passwordProblem("ñandú123")).toBeNull()
    expect(passwordProblem("ñandú12")).toBe("password_too_short")
  })
})

describe("invite codes", () => {
  it("are 8 characters from an alphabet without look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const code = newInviteCode()
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
    }
    for (const lookAlike of ["0", "O", "1", "I", "L"]) expect(INVITE_ALPHABET).not.toContain(lookAlike)
  })

  it("are shown in two groups and read back however she types them", () => {
    expect(formatInviteCode("K7MPX3QD")).toBe("K7MP-X3QD")
    for (const typed of ["K7MP-X3QD", "k7mp-x3qd", " k7mp x3qd ", "K7MPX3QD"]) {
      expect(normaliseInviteCode(typed)).toBe("K7MPX3QD")
    }
    for (const typed of ["K7MP-X3Q", "K7MP-X3QDD", "K0MP-X3QD", "KIMP-X3QD", "", 12345678, null]) {
      expect(normaliseInviteCode(typed)).toBeNull()
    }
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
