import { describe, expect, it } from "vitest"
import { MAX_BODY_BYTES, checkSecret, decideRevalidation, parseRevalidateBody } from "./revalidate"

describe("checkSecret", () => {
  it("accepts exactly the configured secret", () => {
    expect(checkSecret("s3cret", "s3cret")).toBe("ok")
    expect(checkSecret("s3cret", " s3cret\n")).toBe("ok") // env files often end in a newline
  })

  it("denies a wrong, partial, longer or missing secret", () => {
    expect(checkSecret("s3creT", "s3cret")).toBe("denied")
    expect(checkSecret("s3cre", "s3cret")).toBe("denied")
    expect(checkSecret("s3cret!", "s3cret")).toBe("denied")
    expect(checkSecret("", "s3cret")).toBe("denied")
    expect(checkSecret(null, "s3cret")).toBe("denied")
  })

  it("is off when no secret is configured, even for an empty header", () => {
    expect(checkSecret("", undefined)).toBe("unconfigured")
    expect(checkSecret(null, "")).toBe("unconfigured")
    expect(checkSecret("anything", "   ")).toBe("unconfigured")
  })
})

describe("parseRevalidateBody", () => {
  it("accepts the contract's body and removes duplicates", () => {
    expect(parseRevalidateBody('{"tags":["makers","maker:sari","products","makers"]}')).toEqual({
      ok: true,
      tags: ["makers", "maker:sari", "products"],
    })
    expect(parseRevalidateBody('{"tags":["product:buket-mawar-abadi"]}')).toEqual({
      ok: true,
      tags: ["product:buket-mawar-abadi"],
    })
  })

  it.each([
    ["not JSON", "tags=makers"],
    ["empty", ""],
    ["null", "null"],
    ["an array", '["makers"]'],
    ["no tags", "{}"],
    ["tags not an array", '{"tags":"makers"}'],
    ["no tag", '{"tags":[]}'],
    ["a number", '{"tags":["makers",1]}'],
    ["an empty tag", '{"tags":[""]}'],
    ["a space", '{"tags":["maker: sari"]}'],
    ["a comma", '{"tags":["makers,products"]}'],
    ["a control character", '{"tags":["maker:\\u0000"]}'],
    ["a too long tag", JSON.stringify({ tags: ["x".repeat(257)] })],
    ["too many tags", JSON.stringify({ tags: Array.from({ length: 101 }, (_, i) => `t${i}`) })],
    ["a too large body", JSON.stringify({ tags: ["makers"], pad: "x".repeat(MAX_BODY_BYTES) })],
  ])("refuses a body with %s", (_, body) => {
    const result = parseRevalidateBody(body)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toBeTruthy()
  })
})

describe("decideRevalidation", () => {
  const body = (text: string) => async () => text
  const never = async (): Promise<string> => {
    throw new Error("the body must not be read")
  }

  it("answers 200 with the tags for the right secret and a good body", async () => {
    expect(await decideRevalidation("s", "s", body('{"tags":["makers","maker:sari"]}'))).toEqual({
      status: 200,
      tags: ["makers", "maker:sari"],
    })
  })

  it("answers 503 when the storefront has no secret, before anything else", async () => {
    expect((await decideRevalidation("s", undefined, never)).status).toBe(503)
  })

  it("answers 401 for a wrong secret without reading the body", async () => {
    expect((await decideRevalidation("wrong", "s", never)).status).toBe(401)
    expect((await decideRevalidation(null, "s", never)).status).toBe(401)
  })

  it("answers 400 for a malformed, unreadable or announced-too-large body", async () => {
    expect((await decideRevalidation("s", "s", body('{"tags":[]}'))).status).toBe(400)
    expect((await decideRevalidation("s", "s", never)).status).toBe(400)
    expect((await decideRevalidation("s", "s", never, String(MAX_BODY_BYTES + 1))).status).toBe(400)
  })
})
