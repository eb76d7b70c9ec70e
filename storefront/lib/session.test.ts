import { describe, expect, it } from "vitest"
import { clampCount } from "./cart-count"
import { MAKER_COOKIE, MAKER_TOKEN_LIFETIME, isCartId, isJwt, sessionCookieOptions, tokenActorId, tokenMaxAge } from "./session"

const jwt = (payload: object) =>
  `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString("base64url")}.c2lnbmF0dXJl`

describe("session cookies", () => {
  it("accept only real-looking cart ids", () => {
    expect(isCartId("cart_01M8J51DWMW58WE56FEG83PVEQ")).toBe(true)
    for (const bad of ["", "garbage", "cart_", "cart_01M8J51DWMW58WE56FEG83PVE", "cart_01M8J51DWMW58WE56FEG83PVEQ'", "order_01M8J51DWMW58WE56FEG83PVEQ", undefined]) {
      expect(isCartId(bad), String(bad)).toBe(false)
    }
  })

  it("are httpOnly, lax, 30 days, and Secure only over https", () => {
    expect(sessionCookieOptions("http://localhost:8000")).toEqual({ path: "/", httpOnly: true, sameSite: "lax", secure: false, maxAge: 2592000 })
    expect(sessionCookieOptions("https://rumahkarya.example").secure).toBe(true)
  })

  it("count items from 0 to 999", () => {
    expect(clampCount(3)).toBe(3)
    expect(clampCount(-1)).toBe(0)
    expect(clampCount(Number.NaN)).toBe(0)
    expect(clampCount(5000)).toBe(999)
  })

  it("keep a customer's token as long as it is valid, and read whose it is", () => {
    const now = Date.UTC(2026, 10, 28)
    const token = jwt({ actor_id: "cus_1", exp: now / 1000 + 3600 })
    expect(isJwt(token)).toBe(true)
    expect(isJwt("not a token")).toBe(false)
    expect(tokenMaxAge(token, now)).toBe(3600)
    expect(tokenMaxAge(jwt({ exp: now / 1000 - 10 }), now)).toBe(60)
    expect(tokenMaxAge(jwt({}), now)).toBe(2592000)
    expect(tokenActorId(token)).toBe("cus_1")
    expect(tokenActorId(jwt({ actor_id: "" }))).toBeNull()
    expect(tokenActorId("a.b.c")).toBeNull()
    expect(tokenActorId(null)).toBeNull()
  })

  it("keep a maker's login in its own cookie, as long as her token (a day by default)", () => {
    const now = Date.UTC(2026, 10, 28)
    expect(MAKER_COOKIE).toBe("rk_maker")
    expect(tokenMaxAge(jwt({ actor_id: "mkr_1", exp: now / 1000 + 86400 }), now, MAKER_TOKEN_LIFETIME)).toBe(86400)
    expect(tokenMaxAge(jwt({ actor_id: "mkr_1" }), now, MAKER_TOKEN_LIFETIME)).toBe(86400)
  })
})
