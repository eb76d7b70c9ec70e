import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, setUpDemoStore, type DemoStore } from "../helpers/makers"
import { bearer, expectStatus, portalLogin, type PortalMaker } from "../helpers/maker-portal"

// Where a maker is logged in (DESIGN.md, privacy rule 6): she and staff see her logins by device, and end one
// or all of them; her PIN stays. Tokens count time in whole seconds and carry no id of their own, so two
// logins of one maker in the same second are one token: the test waits a second between logins.

const ANDROID_CHROME =
  "Mozilla/5.0 (Linux; Android 13; SM-A045F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1"
const PHONE = "0813-7025-5194"
const PIN = "482913"

const nextSecond = () => new Promise((resolve) => setTimeout(resolve, 1100))
const on = (auth: { headers: Record<string, string> }, userAgent: string) => ({ headers: { ...auth.headers, "x-maker-user-agent": userAgent } })

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    let rina: PortalMaker

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })
    beforeEach(async () => {
      rina = await portalLogin(api, demo, "rina", PHONE, PIN)
    })

    const logIn = async () => {
      await nextSecond()
      const response = await attempt(api.post("/auth/maker/emailpass", { email: PHONE, password: PIN }))
      expectStatus(response, 200)
      return bearer(response.data.token as string)
    }
    const sessionsOf = async (auth: { headers: Record<string, string> }) => {
      const response = await attempt(api.get("/maker/sessions", auth))
      expectStatus(response, 200)
      return response.data.sessions as any[]
    }

    it("lists her logins by device, marks this phone, and ends another phone's login", async () => {
      const android = on(rina.auth, ANDROID_CHROME)
      const iphone = on(await logIn(), IPHONE_SAFARI)
      expectStatus(await attempt(api.get("/maker/me", iphone)), 200)

      const seen = await sessionsOf(android)
      expect(seen).toHaveLength(2)
      expect(seen.map((s) => [s.device.os, s.device.browser, s.current]).sort()).toEqual([
        ["Android", "Chrome", true],
        ["iOS", "Safari", false],
      ])
      // Names and times only: no token, hash, address or version.
      expect(Object.keys(seen[0]).sort()).toEqual(["current", "device", "id", "last_seen_at", "started_at"])
      expect(JSON.stringify(seen)).not.toMatch(/17_1|120\.0|SM-A045F|Bearer|key_hash/)

      const other = seen.find((s) => !s.current)
      const ended = await attempt(api.post(`/maker/sessions/${other.id}/end`, {}, android))
      expectStatus(ended, 200)
      expect(ended.data).toEqual({ ended: other.id, current: false })
      expectStatus(await attempt(api.get("/maker/me", iphone)), 401)
      expectStatus(await attempt(api.get("/maker/me", android)), 200)
      expect((await sessionsOf(android)).map((s) => s.device.os)).toEqual(["Android"])
    })

    it("refuses to end a login that is not hers, with a 404", async () => {
      const melati = await portalLogin(api, demo, "kak-melati", "melati@example.com", "915372")
      const [hers] = await sessionsOf(melati.auth)
      const response = await attempt(api.post(`/maker/sessions/${hers.id}/end`, {}, rina.auth))
      expectStatus(response, 404)
      expect(response.data).toEqual({ type: "not_found", message: "Session not found" })
      expectStatus(await attempt(api.get("/maker/me", melati.auth)), 200)
      expectStatus(await attempt(api.post("/maker/sessions/mkrses_NOSUCH/end", {}, rina.auth)), 404)
      expectStatus(await attempt(api.post("/maker/sessions/end-all", { everywhere: true }, rina.auth)), 400)
    })

    it("logs her out everywhere, this phone too; her PIN still works", async () => {
      const second = await logIn()
      await sessionsOf(second)
      const response = await attempt(api.post("/maker/sessions/end-all", {}, rina.auth))
      expectStatus(response, 200)
      expect(response.data).toEqual({ ended: "all" })
      expectStatus(await attempt(api.get("/maker/me", rina.auth)), 401)
      expectStatus(await attempt(api.get("/maker/me", second)), 401)

      const again = await logIn()
      expect(await sessionsOf(again)).toHaveLength(1)
    })

    it("shows staff her logins, lets them log her out everywhere, and records who did", async () => {
      await sessionsOf(on(rina.auth, ANDROID_CHROME))
      const { data } = await api.get(`/admin/makers/${rina.id}/access`, demo.admin)
      expect(data.access.sessions).toEqual([
        { id: expect.stringMatching(/^mkrses_/), device: { os: "Android", browser: "Chrome" }, started_at: expect.any(String), last_seen_at: expect.any(String) },
      ])

      const ended = await attempt(api.post(`/admin/makers/${rina.id}/end-sessions`, {}, demo.admin))
      expectStatus(ended, 200)
      expect(ended.data.access.sessions).toEqual([])
      expect(ended.data.access.login).not.toBeNull()
      expectStatus(await attempt(api.get("/maker/me", rina.auth)), 401)
      await logIn()

      const history = await api.get(`/admin/makers/${rina.id}/history`, demo.admin)
      expect(history.data.changes[0]).toMatchObject({ action: "sessions_ended", fields: ["sessions"] })
      expect(history.data.changes[0].actor_id).toMatch(/^user_/)

      expectStatus(await attempt(api.post(`/admin/makers/${rina.id}/end-sessions`, {}, rina.auth)), 401)
      expectStatus(await attempt(api.get("/maker/sessions")), 401)
    })
  },
})
