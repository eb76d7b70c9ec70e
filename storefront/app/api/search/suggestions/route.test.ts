import { NextRequest } from "next/server"
import { beforeEach, describe, expect, it, vi } from "vitest"

const m = vi.hoisted(() => ({ searchSuggestions: vi.fn() }))
vi.mock("@/lib/medusa/search", () => ({ MAX_QUERY_LENGTH: 100, searchSuggestions: m.searchSuggestions }))

const { GET } = await import("./route")

const get = (query: string) => GET(new NextRequest(`http://shop.test/api/search/suggestions${query}`))

beforeEach(() => m.searchSuggestions.mockReset())

describe("GET /api/search/suggestions", () => {
  it("answers titles with links to the products in the asked language", async () => {
    m.searchSuggestions.mockResolvedValue([{ title: "Buket Mawar", handle: "buket-mawar" }])
    const en = await get("?q=buk&locale=en")
    expect(en.status).toBe(200)
    expect(await en.json()).toEqual({ suggestions: [{ title: "Buket Mawar", href: "/en/products/buket-mawar" }] })
    expect(m.searchSuggestions).toHaveBeenCalledWith("buk")
    expect(en.headers.get("cache-control")).toBe("public, max-age=60")

    const id = await get("?q=buk&locale=xx")
    expect(await id.json()).toEqual({ suggestions: [{ title: "Buket Mawar", href: "/products/buket-mawar" }] })
  })

  it("refuses a query longer than the backend allows", async () => {
    const response = await get(`?q=${"a".repeat(101)}`)
    expect(response.status).toBe(400)
    expect(m.searchSuggestions).not.toHaveBeenCalled()
  })
})
