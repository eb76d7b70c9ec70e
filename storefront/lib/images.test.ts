import { describe, expect, it } from "vitest"
import { isShowableImage } from "./images"

const BACKEND = "http://localhost:9000"

describe("isShowableImage", () => {
  it("accepts the backend's own static files", () => {
    expect(isShowableImage("http://localhost:9000/static/1700-sari.webp", BACKEND)).toBe(true)
  })

  it("refuses other hosts, ports, schemes and paths", () => {
    expect(isShowableImage("https://example.com/static/a.jpg", BACKEND)).toBe(false)
    expect(isShowableImage("http://localhost:9001/static/a.jpg", BACKEND)).toBe(false)
    expect(isShowableImage("https://localhost:9000/static/a.jpg", BACKEND)).toBe(false)
    expect(isShowableImage("http://localhost:9000/admin/a.jpg", BACKEND)).toBe(false)
    expect(isShowableImage("http://localhost:9000/static/../admin/a.jpg", BACKEND)).toBe(false)
    expect(isShowableImage("http://user:pw@localhost:9000/static/a.jpg", BACKEND)).toBe(false)
  })

  it("refuses empty and malformed values", () => {
    expect(isShowableImage(null, BACKEND)).toBe(false)
    expect(isShowableImage("", BACKEND)).toBe(false)
    expect(isShowableImage("/static/a.jpg", BACKEND)).toBe(false)
    expect(isShowableImage("javascript:alert(1)", BACKEND)).toBe(false)
  })

  it("accepts the S3-compatible file store's files when S3_FILE_URL is set, and nothing else there", () => {
    const store = "https://files.toko.example.org/foto"
    expect(isShowableImage("https://files.toko.example.org/foto/1700-sari.webp", BACKEND, store)).toBe(true)
    expect(isShowableImage("http://localhost:9000/static/1700-sari.webp", BACKEND, store)).toBe(true)
    expect(isShowableImage("https://files.toko.example.org/lain/a.webp", BACKEND, store)).toBe(false)
    expect(isShowableImage("https://files.toko.example.org/foto/../lain/a.webp", BACKEND, store)).toBe(false)
    expect(isShowableImage("https://files.toko.example.org.evil.com/foto/a.webp", BACKEND, store)).toBe(false)
    expect(isShowableImage("https://files.toko.example.org/foto/a.webp", BACKEND, undefined)).toBe(false)
  })
})
