import { describe, expect, it } from "vitest"
import { IntlMessageFormat } from "intl-messageformat"
import { MESSAGES } from "./messages"
import { isPortalPath, localePath, parsePublicPath, portalPath } from "./paths"
import { defaultCurrency } from "./market"

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  if (typeof value === "string") out.set(prefix, value)
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v)
    }
  }
  return out
}

describe("message catalogues", () => {
  const id = leaves(MESSAGES.id)
  const en = leaves(MESSAGES.en)

  it("have the same keys in Indonesian and English", () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort())
  })

  it("are valid ICU messages with the same placeholders in both languages", () => {
    const placeholders = (message: string, locale: string) => {
      const ast = new IntlMessageFormat(message, locale).getAst()
      return ast
        .filter((el) => "value" in el && el.type !== 0)
        .map((el) => (el as { value: string }).value)
        .sort()
    }
    for (const [key, message] of id) {
      expect(placeholders(en.get(key)!, "en"), key).toEqual(placeholders(message, "id"))
    }
  })

  it("say nothing in the makers' portal of what the program is for", () => {
    const portal = JSON.stringify([MESSAGES.id.maker, MESSAGES.en.maker]).toLowerCase()
    for (const word of ["surviv", "traffick", "penyintas", "perdagangan", "korban", "victim", "rescue"]) {
      expect(portal, word).not.toContain(word)
    }
  })

  it("have no empty strings", () => {
    for (const [key, message] of [...id, ...en]) expect(message.trim(), key).not.toBe("")
  })
})

describe("paths", () => {
  it("leave Indonesian unprefixed and put English under /en", () => {
    expect(localePath("id", "/products/x")).toBe("/products/x")
    expect(localePath("en", "/products/x")).toBe("/en/products/x")
    expect(localePath("en", "/")).toBe("/en")
    expect(localePath("id", "/")).toBe("/")
  })

  it("read public and internal paths back", () => {
    expect(parsePublicPath("/en/products/x")).toEqual({ locale: "en", path: "/products/x" })
    expect(parsePublicPath("/en")).toEqual({ locale: "en", path: "/" })
    expect(parsePublicPath("/id/idr/makers")).toEqual({ locale: "id", path: "/makers" })
    expect(parsePublicPath("/en/usd/cart")).toEqual({ locale: "en", path: "/cart" })
    expect(parsePublicPath("/cart")).toEqual({ locale: "id", path: "/cart" })
  })

  it("give the makers' portal its own addresses, apart from the public /makers", () => {
    expect(portalPath("id")).toBe("/maker")
    expect(portalPath("en", "login")).toBe("/en/maker/login")
    expect(portalPath("id", "join", { code: "ABCD-EFGH", via: undefined })).toBe("/maker/join?code=ABCD-EFGH")
    expect(portalPath("id", "login", { notice: "expired" })).toBe("/maker/login?notice=expired")
    expect(isPortalPath("/maker")).toBe(true)
    expect(isPortalPath("/maker/join")).toBe(true)
    expect(isPortalPath("/makers")).toBe(false)
    expect(isPortalPath("/makers/sari")).toBe(false)
    expect(parsePublicPath("/en/maker/join")).toEqual({ locale: "en", path: "/maker/join" })
  })

  it("price English readers in dollars and Indonesian readers in rupiah by default", () => {
    expect(defaultCurrency("id")).toBe("idr")
    expect(defaultCurrency("en")).toBe("usd")
  })
})
