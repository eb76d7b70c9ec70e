import { NextRequest } from "next/server"
import { describe, expect, it } from "vitest"
import { proxy } from "./proxy"

function route(path: string, cookie?: string) {
  const response = proxy(new NextRequest(new URL(path, "http://localhost:8000"), { headers: cookie ? { cookie } : {} }))
  const rewrite = response.headers.get("x-middleware-rewrite")
  return rewrite ? { rewrite: new URL(rewrite).pathname + new URL(rewrite).search } : { redirect: response.headers.get("location") }
}

describe("proxy", () => {
  it("puts shop pages under their language and currency", () => {
    expect(route("/products/bunga")).toEqual({ rewrite: "/id/idr/products/bunga" })
    expect(route("/en/makers")).toEqual({ rewrite: "/en/usd/makers" })
    expect(route("/makers/sari", "rk_currency=usd")).toEqual({ rewrite: "/id/usd/makers/sari" })
  })

  it("puts the makers' portal under its language only: it has no prices", () => {
    expect(route("/maker")).toEqual({ rewrite: "/id/maker" })
    expect(route("/maker/login", "rk_currency=usd")).toEqual({ rewrite: "/id/maker/login" })
    expect(route("/en/maker/join?code=ABCD-EFGH")).toEqual({ rewrite: "/en/maker/join?code=ABCD-EFGH" })
  })

  it("sends an explicit /id/ address to the unprefixed one", () => {
    expect(route("/id/maker/login")).toEqual({ redirect: "http://localhost:8000/maker/login" })
  })
})
