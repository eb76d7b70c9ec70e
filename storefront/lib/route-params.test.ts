import { describe, expect, it } from "vitest"
import { decodeHandle } from "./route-params"

describe("decodeHandle", () => {
  it("percent-decodes a handle and keeps a malformed one as it is", () => {
    expect(decodeHandle("kak-melati")).toBe("kak-melati")
    expect(decodeHandle("bunga%20mawar")).toBe("bunga mawar")
    expect(decodeHandle("%E0%A4%A")).toBe("%E0%A4%A")
  })
})
