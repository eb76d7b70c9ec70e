import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

process.env.MEDUSA_BACKEND_URL = "http://backend.test:9000"
process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test_maker"

const ANDROID = "Mozilla/5.0 (Linux; Android 13) Chrome/120.0 Mobile"
// The browser's request, as next/headers would give it inside a page or action.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": ANDROID }) }))

const { endAllMakerSessions, endMakerSession, listMakerSessions } = await import("./maker-sessions")

const fetchMock = vi.fn<typeof fetch>()
const TOKEN = "tok.en.value"

const answer = (status: number, body: unknown) =>
  fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }))
const sent = (call = 0) => {
  const [input, init] = fetchMock.mock.calls[call]
  return { url: String(input), method: init?.method ?? "GET", headers: new Headers(init?.headers) }
}

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
})
afterEach(() => vi.unstubAllGlobals())

describe("her logins", () => {
  it("lists them with her token and her browser's user agent, device names tidied", async () => {
    answer(200, {
      sessions: [
        { id: "mkrses_1", device: { os: "Android", browser: "Chrome" }, started_at: "2026-11-28T01:00:00Z", last_seen_at: "2026-11-29T02:00:00Z", current: true },
        { id: "mkrses_2", device: { os: null, browser: " " }, started_at: "2026-11-27T01:00:00Z", last_seen_at: "2026-11-27T02:00:00Z", current: false },
      ],
    })
    const result = await listMakerSessions(TOKEN)
    expect(result).toEqual({
      ok: true,
      sessions: [
        { id: "mkrses_1", os: "Android", browser: "Chrome", startedAt: "2026-11-28T01:00:00Z", lastSeenAt: "2026-11-29T02:00:00Z", current: true },
        { id: "mkrses_2", os: null, browser: null, startedAt: "2026-11-27T01:00:00Z", lastSeenAt: "2026-11-27T02:00:00Z", current: false },
      ],
    })
    const request = sent()
    expect(request.url).toBe("http://backend.test:9000/maker/sessions")
    expect(request.headers.get("authorization")).toBe(`Bearer ${TOKEN}`)
    expect(request.headers.get("x-maker-user-agent")).toBe(ANDROID)
  })

  it("ends one login, saying whether it was this phone's; a login not hers is notFound", async () => {
    answer(200, { ended: "mkrses_2", current: false })
    expect(await endMakerSession(TOKEN, "mkrses_2")).toEqual({ ok: true, current: false })
    expect(sent()).toMatchObject({ url: "http://backend.test:9000/maker/sessions/mkrses_2/end", method: "POST" })

    answer(404, { type: "not_found", message: "Session not found" })
    expect(await endMakerSession(TOKEN, "mkrses_9")).toEqual({ ok: false, reason: "notFound" })
  })

  it("ends all of them; an ended login answers unauthorized", async () => {
    answer(200, { ended: "all" })
    expect(await endAllMakerSessions(TOKEN)).toEqual({ ok: true, ended: true })
    expect(sent()).toMatchObject({ url: "http://backend.test:9000/maker/sessions/end-all", method: "POST" })

    answer(401, { type: "unauthorized", message: "Your session has ended. Please log in again." })
    expect(await listMakerSessions(TOKEN)).toEqual({ ok: false, reason: "unauthorized" })
  })
})
