import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { captureOutput } from "../helpers/output-capture"
import { MAKER_MODULE, type MakerModuleService } from "../../src/modules/maker"
import {
  IDENTIFIER_INVALID_MESSAGE,
  IDENTIFIER_TAKEN_MESSAGE,
  INVALID_INVITE_MESSAGE,
  SESSION_ENDED_MESSAGE,
} from "../../src/modules/maker/access-rules"
import { DEMO_ADMIN } from "../../src/scripts/seed/admin-user"
import { attempt, makerIdByHandle, setUpDemoStore, type DemoStore } from "../helpers/makers"

// Makers' portal logins (docs/maker-portal-api.md): staff invite her, she accepts with her phone number or
// email and a PIN, logs in through Medusa's auth route, and sees her own profile; staff can reset her access,
// which logs her out everywhere. Failed logins and wrong codes are limited. Her identifier, PIN and invite
// codes never appear in a response that should not have them, nor in a log line.

// Everything written to the console or the process streams while this file runs (as in makers-privacy).
const printed = captureOutput()

const STOREFRONT = "http://storefront.test"
process.env.STOREFRONT_URL = STOREFRONT

/** Secrets used below: none may be printed. */
const RINA_PHONE = "+6281370255194" // her own number, also in her private data
const PIN = { rina: "482913", rinaAfterReset: "730418", melati: "915372", nur: "kupu-kupu biru", sondang: "604281" }
const NUR_EMAIL = "nur.harahap@example.com"

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
const fromIp = (ip: string) => ({ headers: { "x-forwarded-for": ip } })

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    const makers = () => getContainer().resolve<MakerModuleService>(MAKER_MODULE)
    const codesShown: string[] = []

    const invite = async (makerId: string) => {
      const { data } = await api.post(`/admin/makers/${makerId}/invite`, {}, demo.admin)
      codesShown.push(data.invite.code)
      return data.invite as { code: string; link: string; expires_at: string }
    }
    const accept = (body: Record<string, unknown>, config?: any) => attempt(api.post("/maker/invites/accept", body, config))
    const login = (email: unknown, password: unknown, config?: any) =>
      attempt(api.post("/auth/maker/emailpass", { email, password }, config))
    const me = (config?: any) => attempt(api.get("/maker/me", config))
    /** The status, with the body in the failure message. */
    const expectStatus = (response: any, code: number) =>
      expect(response.status, `${response.status} ${JSON.stringify(response.data)}`).toBe(code)
    const history = async (makerId: string) => (await api.get(`/admin/makers/${makerId}/history`, demo.admin)).data.changes

    /** Invites the maker with this handle and accepts for her: her id, and the token the acceptance gave. */
    const withLogin = async (handle: string, identifier: string, password: string) => {
      const makerId = await makerIdByHandle(api, demo.admin, handle)
      const { code } = await invite(makerId)
      const accepted = await accept({ code, identifier, password })
      expectStatus(accepted, 200)
      return { makerId, token: accepted.data.token as string }
    }
    const sessionCookie = async (token: string) => {
      const session = await attempt(api.post("/auth/session", {}, bearer(token)))
      expectStatus(session, 200)
      return { headers: { cookie: String(session.headers["set-cookie"]).split(";")[0] } }
    }

    // The test runner restores the database to its state after beforeAll before every test, so each test
    // makes the logins it needs. The cache (attempt counters) is not restored: tests use their own identifiers.
    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    describe("invite, accept, log in", () => {
      it("staff invite a maker: a short code and a link, shown once, stored as a keyed hash", async () => {
        const rina = await makerIdByHandle(api, demo.admin, "rina")
        const started = Date.now()
        const created = await invite(rina)
        expect(created.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/)
        expect(created.link).toBe(`${STOREFRONT}/maker/join?code=${created.code}`)
        const validFor = new Date(created.expires_at).getTime() - started
        expect(Math.abs(validFor - 7 * 24 * 3600 * 1000)).toBeLessThan(60_000)

        const rows = await makers().listMakerInvites({ maker_id: rina })
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({ used_at: null, revoked_at: null, created_by: demo.adminUserId })
        expect(rows[0].code_hash).toMatch(/^[0-9a-f]{64}$/)
        const stored = JSON.stringify(rows)
        expect(stored).not.toContain(created.code.replace("-", ""))
        expect(stored).not.toContain(created.code)

        const { data } = await api.get(`/admin/makers/${rina}/access`, demo.admin)
        expect(data.access).toEqual({
          login: null,
          invite: { created_at: expect.any(String), expires_at: created.expires_at },
          access_revoked_at: null,
          sessions: [],
        })
        expect(JSON.stringify(data)).not.toContain(created.code)
        const changes = await history(rina)
        expect(changes[0]).toMatchObject({ action: "invited", actor_id: demo.adminUserId, fields: ["invite"] })
        expect(JSON.stringify(changes)).not.toContain(created.code)
      })

      it("she accepts with her phone in local form, logs in with it written differently, and sees only her profile", async () => {
        const rina = await makerIdByHandle(api, demo.admin, "rina")
        const { code } = await invite(rina)
        const accepted = await accept({ code: code.toLowerCase().replace("-", " "), identifier: "0813-7025-5194", password: PIN.rina })
        expectStatus(accepted, 200)
        expect(accepted.data).toEqual({ token: expect.any(String) })
        expectStatus(await me(bearer(accepted.data.token)), 200)

        let token = ""
        for (const written of ["+62 813 7025 5194", "6281370255194", " (0813) 7025 5194 ", "+62 (0)813-7025-5194"]) {
          const response = await login(written, PIN.rina)
          expectStatus(response, 200)
          token = response.data.token
        }

        const response = await me(bearer(token))
        expectStatus(response, 200)
        expect(response.data).toEqual({
          maker: {
            id: rina,
            handle: "rina",
            display_name: expect.any(String),
            status: "active",
            crafts: expect.any(Array),
            city: expect.any(String),
            login: { identifier_kind: "phone", identifier_masked: "+62813****194" },
          },
        })

        // Nothing of her private data beyond the masked identifier.
        const { data: detail } = await api.get(`/admin/makers/${rina}`, demo.admin)
        const privateValues = Object.values(detail.maker.private).filter((v): v is string => typeof v === "string" && v.length > 3)
        expect(privateValues.length).toBeGreaterThan(5)
        const body = JSON.stringify(response.data)
        for (const value of [...privateValues, "81370255194", "Karina Dewi Pratiwi", "Garu", "1060012874431"]) {
          expect(body).not.toContain(value)
        }
        for (const key of ["private", "legal_name", "phone", "whatsapp", "address", "bank_account_number", "payout_method", "staff_notes"]) {
          expect(body).not.toContain(`"${key}":`)
        }

        // A session made from her token works as for other actors.
        const cookie = await sessionCookie(token)
        const viaSession = await me(cookie)
        expectStatus(viaSession, 200)
        expect(viaSession.data.maker.handle).toBe("rina")

        const { data: access } = await api.get(`/admin/makers/${rina}/access`, demo.admin)
        expect(access.access).toEqual({
          login: { identifier_kind: "phone", identifier_masked: "+62813****194" },
          invite: null,
          access_revoked_at: null,
          sessions: expect.any(Array),
        })
        const changes = await history(rina)
        expect(changes[0]).toMatchObject({ action: "invite_accepted", actor_id: rina, fields: ["login"] })
      })

      it("answers a wrong, used or malformed code with one and the same 400", async () => {
        const anggrek = await makerIdByHandle(api, demo.admin, "anggrek")
        const { code } = await invite(anggrek)
        expectStatus(await accept({ code, identifier: "0821-6730-2218", password: "604281" }), 200)

        const used = await accept({ code, identifier: "0812-0000-1111", password: "482915" })
        expectStatus(used, 400)
        expect(used.data).toEqual({ type: "invalid_data", message: INVALID_INVITE_MESSAGE })
        for (const wrong of ["ABCD-EFGH", "hello", "ABCD-EFG0", "a".repeat(60)]) {
          const response = await accept({ code: wrong, identifier: "0812-0000-1111", password: "482915" })
          expectStatus(response, 400)
          expect(response.data, wrong).toEqual(used.data)
        }
        // Two acceptances of one code at the same moment: exactly one wins.
        const sondang = await makerIdByHandle(api, demo.admin, "ibu-sondang")
        const second = await invite(sondang)
        const raced = await Promise.all([
          accept({ code: second.code, identifier: "0852-6114-8870", password: "604281" }),
          accept({ code: second.code, identifier: "0852-6114-8871", password: "604281" }),
        ])
        expect(raced.map((r) => r.status).sort()).toEqual([200, 400])
        const logins = await getContainer().resolve(Modules.AUTH).listAuthIdentities({ app_metadata: { maker_id: sondang } })
        expect(logins).toHaveLength(1)
      })

      it("answers without a token, or with another actor's token, 401", async () => {
        const { makerId, token } = await withLogin("rina", "0813-7025-5194", PIN.rina)
        expectStatus(await me(), 401)
        expectStatus(await me(bearer("not-a-token")), 401)
        expectStatus(await me(demo.admin), 401)
        expectStatus(await attempt(api.get("/admin/makers", bearer(token))), 401)
        expectStatus(await attempt(api.get(`/admin/makers/${makerId}`, bearer(token))), 401)
        expectStatus(await attempt(api.post(`/admin/makers/${makerId}/invite`, {}, bearer(token))), 401)
        // The right actor type without a maker: a login at /auth/maker/… with a staff identity.
        const staffAsMaker = await login(DEMO_ADMIN.email, DEMO_ADMIN.password)
        expectStatus(staffAsMaker, 200)
        expectStatus(await me(bearer(staffAsMaker.data.token)), 401)
      })

      it("staff reset her access: old tokens and sessions stop working, her PIN too, the new invite works", async () => {
        const { makerId: rina, token } = await withLogin("rina", "0813-7025-5194", PIN.rina)
        const cookie = await sessionCookie(token)
        expectStatus(await me(cookie), 200)

        const { data } = await api.post(`/admin/makers/${rina}/reset-access`, {}, demo.admin)
        codesShown.push(data.invite.code)
        expect(data.invite).toEqual({ code: expect.any(String), link: expect.any(String), expires_at: expect.any(String) })

        for (const config of [bearer(token), cookie]) {
          const response = await me(config)
          expectStatus(response, 401)
          expect(response.data.message).toBe(SESSION_ENDED_MESSAGE)
        }
        expectStatus(await attempt(api.post("/auth/token/refresh", {}, bearer(token))), 401)
        expectStatus(await attempt(api.post("/auth/session", {}, bearer(token))), 401)
        expectStatus(await login(RINA_PHONE, PIN.rina), 401)
        const { data: access } = await api.get(`/admin/makers/${rina}/access`, demo.admin)
        expect(access.access).toEqual({
          login: null,
          invite: { created_at: expect.any(String), expires_at: data.invite.expires_at },
          access_revoked_at: expect.any(String),
          sessions: [],
        })

        const accepted = await accept({ code: data.invite.code, identifier: "0813 7025 5194", password: PIN.rinaAfterReset })
        expectStatus(accepted, 200)
        expectStatus(await me(bearer(accepted.data.token)), 200)
        const relogin = await login("081370255194", PIN.rinaAfterReset)
        expectStatus(relogin, 200)
        expectStatus(await me(bearer(relogin.data.token)), 200)
        expectStatus(await me(bearer(token)), 401)

        const changes = await history(rina)
        expect(changes.slice(0, 5).map((c: any) => c.action)).toEqual(["invite_accepted", "invited", "access_reset", "invite_accepted", "invited"])
        expect(changes.find((c: any) => c.action === "access_reset")).toMatchObject({
          actor_id: demo.adminUserId,
          fields: ["login", "sessions", "invites"],
        })
        const text = JSON.stringify(changes)
        for (const secret of [...codesShown, "81370255194", PIN.rina, PIN.rinaAfterReset]) expect(text).not.toContain(secret)
      })

      it("a new invite replaces her login: her old sessions end, the new identifier works, the old one not", async () => {
        const { makerId: nur, token: oldToken } = await withLogin("nur", "0877-6541-0032", "592731")
        const { code } = await invite(nur)
        const accepted = await accept({ code, identifier: `  ${NUR_EMAIL.toUpperCase()} `, password: PIN.nur })
        expectStatus(accepted, 200)
        expectStatus(await me(bearer(oldToken)), 401)
        expectStatus(await me(bearer(accepted.data.token)), 200)
        expectStatus(await login("0877-6541-0032", "592731"), 401)
        const relogin = await login(NUR_EMAIL, PIN.nur)
        expectStatus(relogin, 200)
        const response = await me(bearer(relogin.data.token))
        expect(response.data.maker.login).toEqual({ identifier_kind: "email", identifier_masked: "n***@e***.com" })
        const changes = await history(nur)
        expect(changes[0]).toMatchObject({ action: "invite_accepted", fields: ["login", "sessions"] })
      })

      it("refuses a token whose maker was deleted", async () => {
        const { data } = await api.post("/admin/makers", { handle: "ibu-akses", display_name: "Ibu Akses", crafts: ["bouquet"] }, demo.admin)
        const { code } = await invite(data.maker.id)
        const accepted = await accept({ code, identifier: "+62 811-2233-4455", password: "385920" })
        expectStatus(await me(bearer(accepted.data.token)), 200)
        await makers().softDeleteMakers([data.maker.id])
        expectStatus(await me(bearer(accepted.data.token)), 401)
      })
    })

    describe("rules", () => {
      it("refuses simple PINs and short passwords without repeating them, and accepts a good PIN", async () => {
        const melati = await makerIdByHandle(api, demo.admin, "kak-melati")
        const { code } = await invite(melati)
        const cases: [unknown, RegExp][] = [
          ["123456", /too easy/],
          ["111111", /too easy/],
          ["654321", /too easy/],
          ["12345", /at least 6 digits/],
          ["rahasia", /at least 8 characters/],
          [482913, /PIN of at least 6 digits/],
          ["", /PIN of at least 6 digits/],
          [undefined, /PIN of at least 6 digits/],
        ]
        for (const [password, message] of cases) {
          const response = await accept({ code, identifier: "0812-6001-1401", password })
          expectStatus(response, 400)
          expect(response.data.message, String(password)).toMatch(message)
          if (password) expect(response.data.message).not.toContain(String(password))
        }
        for (const identifier of ["0812", "siti@", 81260011401, "0812 abc 1401"]) {
          const response = await accept({ code, identifier, password: PIN.melati })
          expectStatus(response, 400)
          expect(response.data.message).toBe(`Invalid request: ${IDENTIFIER_INVALID_MESSAGE}`)
        }
        expectStatus(await accept({ code, identifier: "0812-6001-1401", password: PIN.melati, maker_id: melati }), 400)
        const raw = (path: string, text: string) =>
          attempt(api.post(path, text, { headers: { "content-type": "application/json" }, transformRequest: [(d: string) => d] }))
        for (const text of ['{"code": "x", "identifier": "0812-6001-1401', '"0812-6001-1401"', "[]", "null"]) {
          const response = await raw("/maker/invites/accept", text)
          expectStatus(response, 400)
          expect(response.data.message).toMatch(/^(The request body is not valid JSON|Invalid request: The request body must be a JSON object)$/)
        }
        const malformedLogin = await raw("/auth/maker/emailpass", '{"email": "0812-6001-1401", "password": "9153')
        expectStatus(malformedLogin, 400)
        expect(malformedLogin.data.message).toBe("The request body is not valid JSON")

        // None of these used the invite up.
        expectStatus(await accept({ code, identifier: "0812-6001-1401", password: PIN.melati }), 200)
      })

      it("refuses an expired code, and a code replaced by a newer invite, with the same 400", async () => {
        const anggrek = await makerIdByHandle(api, demo.admin, "anggrek")
        const { code } = await invite(anggrek)
        const [row] = await makers().listMakerInvites({ maker_id: anggrek })
        await makers().updateMakerInvites({ id: row.id, expires_at: new Date(Date.now() - 1000) })
        const expired = await accept({ code, identifier: "0821-6730-2218", password: "604281" })
        expectStatus(expired, 400)
        expect(expired.data).toEqual({ type: "invalid_data", message: INVALID_INVITE_MESSAGE })

        const first = await invite(anggrek)
        const second = await invite(anggrek)
        expect(await makers().listOpenInvites(anggrek)).toHaveLength(1)
        const replaced = await accept({ code: first.code, identifier: "0821-6730-2218", password: "604281" })
        expectStatus(replaced, 400)
        expect(replaced.data).toEqual(expired.data)
        expectStatus(await accept({ code: second.code, identifier: "0821-6730-2218", password: "604281" }), 200)
      })

      it("answers 409 when another account uses her identifier, and keeps the invite for another try", async () => {
        await withLogin("rina", "0813-7025-5194", PIN.rina)
        const customer = await attempt(api.post("/auth/customer/emailpass/register", { email: "buyer@example.com", password: "supersecret" }))
        expectStatus(customer, 200)
        await api.post("/store/customers", { email: "buyer@example.com" }, {
          headers: { ...demo.store.headers, authorization: `Bearer ${customer.data.token}` },
        })

        const sondang = await makerIdByHandle(api, demo.admin, "ibu-sondang")
        const { code } = await invite(sondang)
        for (const identifier of ["0813-7025-5194", DEMO_ADMIN.email.toUpperCase(), "buyer@example.com"]) {
          const response = await accept({ code, identifier, password: PIN.sondang })
          expectStatus(response, 409)
          expect(response.data).toEqual({ type: "conflict", message: IDENTIFIER_TAKEN_MESSAGE })
        }
        // Nothing changed: Rina's login works, and the invite is still open.
        expectStatus(await login(RINA_PHONE, PIN.rina), 200)
        expectStatus(await accept({ code, identifier: "0852-6114-8870", password: PIN.sondang }), 200)
      })

      it("lets her take an identifier whose registration was never completed", async () => {
        // Someone started a registration with her email and never made an account of it.
        expectStatus(await attempt(api.post("/auth/customer/emailpass/register", { email: "rina.p@example.com", password: "taken-first" })), 200)
        const { token } = await withLogin("rina", "Rina.P@example.com", PIN.rina)
        expectStatus(await me(bearer(token)), 200)
        expectStatus(await login("rina.p@example.com", PIN.rina), 200)
      })

      it("has no portal login for the Collective, and answers unknown makers and bodies as usual", async () => {
        const { data } = await api.get("/admin/makers?limit=100", demo.admin)
        const collective = data.makers.find((m: any) => m.is_collective)
        for (const path of ["invite", "reset-access"]) {
          const response = await attempt(api.post(`/admin/makers/${collective.id}/${path}`, {}, demo.admin))
          expectStatus(response, 400)
          expect(response.data.message).toMatch(/Collective/)
          expectStatus(await attempt(api.post(`/admin/makers/mkr_unknown/${path}`, {}, demo.admin)), 404)
          expectStatus(await attempt(api.post(`/admin/makers/${collective.id}/${path}`, { now: true }, demo.admin)), 400)
        }
        expectStatus(await attempt(api.get("/admin/makers/mkr_unknown/access", demo.admin)), 404)
      })

      it("offers no self-registration or password reset to makers, nor phone registration to others", async () => {
        const bodies = {
          register: { email: "0812-9999-0000", password: "385920" },
          "reset-password": { identifier: "0812-9999-0000" },
        }
        for (const [path, body] of Object.entries(bodies)) {
          const response = await attempt(api.post(`/auth/maker/emailpass/${path}`, body))
          expectStatus(response, 400)
          expect(response.data.message).toMatch(/invite from the staff/)
        }
        const customer = await attempt(api.post("/auth/customer/emailpass/register", { email: "+62 813 7025 5194", password: "385920" }))
        expectStatus(customer, 400)
        expect(customer.data.message).toBe("Register with an email address.")
      })
    })

    describe("failed-login limits", () => {
      it("after 5 wrong PINs for an identifier, the 6th attempt is a 429 even with the right PIN, however it is written or routed", async () => {
        await withLogin("kak-melati", "0812-6001-1401", PIN.melati)
        await withLogin("ibu-sondang", "0852-6114-8870", PIN.sondang)
        for (let i = 0; i < 5; i++) expectStatus(await login("0812-6001-1401", `99999${i}1`), 401)
        const blocked = await login("0812-6001-1401", PIN.melati)
        expectStatus(blocked, 429)
        expect(blocked.data).toEqual({ type: "too_many_attempts", message: "Too many attempts. Try again in 15 minutes." })
        expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(800)
        expectStatus(await login("+62 812 6001 1401", PIN.melati), 429)
        expectStatus(await attempt(api.post("/auth/customer/emailpass", { email: "+6281260011401", password: PIN.melati })), 429)
        expectStatus(await attempt(api.post("/auth/MAKER/emailpass", { email: "+6281260011401", password: PIN.melati })), 429)
        // Other identifiers are not affected.
        expectStatus(await login("0852-6114-8870", PIN.sondang), 200)
      })

      it("a successful login clears the identifier's counter", async () => {
        await withLogin("nur", NUR_EMAIL, PIN.nur)
        for (let round = 0; round < 2; round++) {
          for (let i = 0; i < 4; i++) expectStatus(await login(NUR_EMAIL, `wrong-${i}-pass`), 401)
          expectStatus(await login(NUR_EMAIL, PIN.nur), 200)
        }
      })

      it("after 30 failed logins from one address, a 429 for any identifier from it", async () => {
        await withLogin("nur", NUR_EMAIL, PIN.nur)
        const ip = fromIp("203.0.113.9")
        for (let i = 0; i < 30; i++) expectStatus(await login(`nobody-${i}@example.com`, "whatever-1", ip), 401)
        expectStatus(await login(NUR_EMAIL, PIN.nur, ip), 429)
        expectStatus(await login(NUR_EMAIL, PIN.nur, fromIp("203.0.113.10")), 200)
      })

      it("after 30 wrong invite codes from one address, a 429 even for a right code", async () => {
        const butet = await makerIdByHandle(api, demo.admin, "butet")
        const { code } = await invite(butet)
        const ip = fromIp("203.0.113.20")
        const body = { identifier: "0812-9803-4417", password: "385921" }
        // Bad bodies are not wrong codes: they do not count.
        for (let i = 0; i < 5; i++) expectStatus(await accept({ code, ...body, password: "123456" }, ip), 400)
        for (let i = 0; i < 30; i++) {
          const wrong = `WXYZ-${"2345".slice(i % 4)}${"ABCD".slice(0, i % 4)}`
          expectStatus(await accept({ code: wrong, ...body }, ip), 400)
        }
        const blocked = await accept({ code, ...body }, ip)
        expectStatus(blocked, 429)
        expect(blocked.data.message).toBe("Too many attempts. Try again in 15 minutes.")
        expectStatus(await accept({ code, ...body }, fromIp("203.0.113.21")), 200)
      })
    })

    it("printed none of the identifiers, PINs or invite codes", () => {
      const text = printed.join("\n")
      const secrets = [
        "81370255194",
        "81260011401",
        "87765410032",
        "85261148870",
        NUR_EMAIL,
        ...Object.values(PIN),
        ...codesShown,
        ...codesShown.map((code) => code.replace("-", "")),
      ]
      for (const secret of secrets) expect(text, secret).not.toContain(secret)
    })
  },
})
