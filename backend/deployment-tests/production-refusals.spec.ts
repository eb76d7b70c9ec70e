import pg from "pg"
import Scrypt from "scrypt-kdf"
import { DEMO_ADMIN } from "../src/scripts/seed/admin-user"
import { DATABASE_URL, exitCode, freePort, medusaStart, waitForHealth } from "./processes"

// `medusa start` with NODE_ENV=production refuses each unsafe setting and says which one; with safe settings
// it serves, and its session cookie is Secure.

const SAFE = {
  NODE_ENV: "production",
  DISABLE_MEDUSA_ADMIN: "true",
  JWT_SECRET: "5f1c0e4b9a7d3e2f8c6b1a0d9e8f7c6b5a4d3e2f1c0b9a8d",
  COOKIE_SECRET: "a8d7c6b5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5",
  STOREFRONT_URL: "https://toko.example.org",
  MEDUSA_BACKEND_URL: "https://api.toko.example.org",
  STORE_CORS: "https://toko.example.org",
  ADMIN_CORS: "https://api.toko.example.org",
  AUTH_CORS: "https://toko.example.org,https://api.toko.example.org",
  BANK_TRANSFER_BANK_NAME: "Bank Rakyat Indonesia",
  BANK_TRANSFER_ACCOUNT_NAME: "Yayasan Rumah Karya",
  BANK_TRANSFER_ACCOUNT_NUMBER: "0123-01-000000-50-1",
}

async function refusal(overrides: Record<string, string | undefined>, databaseUrl = "postgres://nobody@127.0.0.1:9/none") {
  const env = Object.fromEntries(
    Object.entries({ ...SAFE, DATABASE_URL: databaseUrl, ...overrides }).filter((e): e is [string, string] => e[1] !== undefined)
  )
  const backend = medusaStart(await freePort(), env)
  const code = await exitCode(backend)
  return { code, output: backend.output() }
}

describe("a production backend", () => {
  it.each([
    [{ JWT_SECRET: "dev-only-jwt-secret" }, "JWT_SECRET is the development default"],
    [{ COOKIE_SECRET: undefined }, "COOKIE_SECRET is not set"],
    [{ COOKIE_SECRET: "short-but-secret-value" }, "COOKIE_SECRET is too short"],
    [{ STORE_CORS: "*" }, "STORE_CORS allows any origin (*)"],
    [{ AUTH_CORS: "https://toko.example.org,*" }, "AUTH_CORS allows any origin"],
    [{ ADMIN_CORS: "/.*/" }, "ADMIN_CORS allows any origin"],
    [{ BANK_TRANSFER_ACCOUNT_NUMBER: "" }, "BANK_TRANSFER_ACCOUNT_NUMBER not set"],
    [{ STOREFRONT_URL: "http://toko.example.org" }, "STOREFRONT_URL (http://toko.example.org) is not https"],
  ])("refuses to start with %o and says why", async (overrides, message) => {
    const { code, output } = await refusal(overrides)
    expect(code).not.toBe(0)
    expect(output).toContain("Refusing to start in production")
    expect(output).toContain(message)
    expect(output).not.toContain("short-but-secret-value")
  })

  describe.runIf(Boolean(DATABASE_URL))("with the demo store's database", () => {
    const db = new pg.Client({ connectionString: DATABASE_URL })
    const demoLogin = `select id, provider_metadata from provider_identity where provider = 'emailpass' and entity_id = $1`
    beforeAll(() => db.connect())
    afterAll(() => db.end())

    it("refuses to start while the demo staff login has the README's password; serves once it is changed, with Secure cookies", async () => {
      const { code, output } = await refusal({}, DATABASE_URL)
      expect(code).not.toBe(0)
      expect(output).toContain(`the staff login ${DEMO_ADMIN.email} still has the demo password`)

      const [identity] = (await db.query(demoLogin, [DEMO_ADMIN.email])).rows
      const password = "kata-sandi-baru-yang-panjang-2026"
      const hash = (await Scrypt.kdf(password, { logN: 15, r: 8, p: 1 })).toString("base64")
      await db.query(`update provider_identity set provider_metadata = $2 where id = $1`, [
        identity.id,
        { ...identity.provider_metadata, password: hash },
      ])
      const port = await freePort()
      const backend = medusaStart(port, { ...SAFE, DATABASE_URL })
      try {
        await waitForHealth(port, backend)
        const login = await fetch(`http://127.0.0.1:${port}/auth/user/emailpass`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: DEMO_ADMIN.email, password }),
        })
        const { token } = await login.json()
        expect(token).toBeTruthy()
        // Behind the TLS proxy of docs/deployment.md.
        const session = await fetch(`http://127.0.0.1:${port}/auth/session`, {
          method: "POST",
          headers: { authorization: `Bearer ${token}`, "x-forwarded-proto": "https" },
        })
        expect(session.status).toBe(200)
        const cookie = session.headers.get("set-cookie") ?? ""
        expect(cookie).toMatch(/connect\.sid=/)
        expect(cookie).toMatch(/;\s*Secure/i)
        expect(cookie).toMatch(/;\s*HttpOnly/i)
      } finally {
        await backend.stop()
        await db.query(`update provider_identity set provider_metadata = $2 where id = $1`, [identity.id, identity.provider_metadata])
      }
    })
  })
})
