import { describe, expect, it } from "vitest"
import { acceptsBrotli, staticBrotliPath } from "./static-brotli.mjs"

const DIR = "/srv/app/.next/static"

describe("staticBrotliPath", () => {
  it("maps a build file to its Brotli copy for a browser that accepts br", () => {
    expect(staticBrotliPath(DIR, "GET", "/_next/static/chunks/abc.js", "gzip, deflate, br, zstd")).toBe(
      "/srv/app/.next/static/chunks/abc.js.br"
    )
    expect(staticBrotliPath(DIR, "HEAD", "/_next/static/css/x.css?v=1", "br")).toBe("/srv/app/.next/static/css/x.css.br")
  })

  it("leaves everything else to Next", () => {
    expect(staticBrotliPath(DIR, "GET", "/_next/static/chunks/abc.js", "gzip")).toBeNull()
    expect(staticBrotliPath(DIR, "GET", "/_next/static/chunks/abc.js", "br;q=0, gzip")).toBeNull()
    expect(staticBrotliPath(DIR, "POST", "/_next/static/chunks/abc.js", "br")).toBeNull()
    expect(staticBrotliPath(DIR, "GET", "/_next/image?url=x", "br")).toBeNull()
    expect(staticBrotliPath(DIR, "GET", "/_next/static/media/font.woff2", "br")).toBeNull()
    expect(staticBrotliPath(DIR, "GET", "/products/x", "br")).toBeNull()
  })

  it("never leaves the static folder", () => {
    expect(staticBrotliPath(DIR, "GET", "/_next/static/../../package.js", "br")).toBeNull()
    expect(staticBrotliPath(DIR, "GET", "/_next/static/%2e%2e/%2e%2e/secret.js", "br")).toBeNull()
    expect(staticBrotliPath(DIR, "GET", "/_next/static/%E0%A4%A.js", "br")).toBeNull()
  })
})

describe("acceptsBrotli", () => {
  it("reads Accept-Encoding", () => {
    expect(acceptsBrotli("br")).toBe(true)
    expect(acceptsBrotli("gzip, br;q=0.5")).toBe(true)
    expect(acceptsBrotli("gzip")).toBe(false)
    expect(acceptsBrotli(undefined)).toBe(false)
  })
})
