import { DEFAULT_SESSION_HOURS, deviceOf, isActiveSession, sessionKeyHash } from "../session-rules"

describe("deviceOf", () => {
  it("keeps the system and browser names of common phones, nothing finer", () => {
    expect(deviceOf("Mozilla/5.0 (Linux; Android 11; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36")).toEqual({ os: "Android", browser: "Chrome" })
    expect(deviceOf("Mozilla/5.0 (Linux; Android 12; SAMSUNG SM-A035F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36")).toEqual({ os: "Android", browser: "Samsung Internet for Android" })
    expect(deviceOf("Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1")).toEqual({ os: "iOS", browser: "Safari" })
  })

  it("says nothing for a missing, unknown or oversized user agent", () => {
    expect(deviceOf(undefined)).toEqual({ os: null, browser: null })
    expect(deviceOf("")).toEqual({ os: null, browser: null })
    expect(deviceOf("x".repeat(2000))).toEqual({ os: null, browser: null })
    expect(deviceOf("curl/8.0")).toMatchObject({ os: null })
  })
})

describe("sessionKeyHash", () => {
  it("hashes the bearer token, else the cookie session id, and never returns either", () => {
    const bearer = sessionKeyHash({ bearer: "eyJ.token" })!
    expect(bearer).toMatch(/^[0-9a-f]{64}$/)
    expect(bearer).not.toContain("eyJ")
    expect(sessionKeyHash({ bearer: "eyJ.token", sessionId: "s1" })).toBe(bearer)
    expect(sessionKeyHash({ sessionId: "s1" })).not.toBe(sessionKeyHash({ bearer: "s1" }))
    expect(sessionKeyHash({})).toBeNull()
  })
})

describe("isActiveSession", () => {
  const now = new Date("2026-11-29T10:00:00Z")
  const started = "2026-11-29T09:00:00.000Z"
  const row = { id: "mkrses_1", started_at: started, expires_at: "2026-11-30T09:00:00.000Z", ended_at: null }

  it("is active until it ends, expires, or she is logged out everywhere after it started", () => {
    expect(isActiveSession(row, null, now)).toBe(true)
    expect(isActiveSession({ ...row, ended_at: "2026-11-29T09:30:00Z" }, null, now)).toBe(false)
    expect(isActiveSession(row, null, new Date("2026-11-30T09:00:01Z"))).toBe(false)
    expect(isActiveSession(row, "2026-11-29T09:30:00Z", now)).toBe(false)
    expect(isActiveSession(row, "2026-11-29T08:00:00Z", now)).toBe(true)
  })

  it("compares with the logout in whole seconds, as tokens count time", () => {
    expect(isActiveSession(row, "2026-11-29T09:00:00.900Z", now)).toBe(true)
    expect(isActiveSession(row, "2026-11-29T09:00:01.000Z", now)).toBe(false)
  })

  it("gives a token without an expiry Medusa's default lifetime", () => {
    const noExpiry = { ...row, expires_at: null }
    const end = new Date(new Date(started).getTime() + DEFAULT_SESSION_HOURS * 3600 * 1000)
    expect(isActiveSession(noExpiry, null, new Date(end.getTime() - 1000))).toBe(true)
    expect(isActiveSession(noExpiry, null, end)).toBe(false)
  })
})
