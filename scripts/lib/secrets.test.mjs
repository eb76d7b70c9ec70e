import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { localSecrets } from "./secrets.mjs"

describe("local secrets", () => {
  it("are random, kept across calls, and private to the owner", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"))
    const first = localSecrets(dir)
    expect(first.JWT_SECRET).toMatch(/^[0-9a-f]{64}$/)
    expect(new Set(Object.values(first)).size).toBe(3)
    expect(localSecrets(dir)).toEqual(first)
    expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o077).toBe(0)
  })

  it("adds a secret that an older file lacks", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"))
    fs.writeFileSync(path.join(dir, "secrets.json"), JSON.stringify({ JWT_SECRET: "a", COOKIE_SECRET: "b" }))
    const secrets = localSecrets(dir)
    expect(secrets.JWT_SECRET).toBe("a")
    expect(secrets.REVALIDATE_SECRET).toMatch(/^[0-9a-f]{64}$/)
  })
})
