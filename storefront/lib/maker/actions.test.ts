import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { MESSAGES } from "../i18n/messages"
import { MAKER_IDLE } from "./form-state"

const m = vi.hoisted(() => ({
  makerLogin: vi.fn(),
  acceptInvite: vi.fn(),
  jar: new Map<string, { value: string; options?: Record<string, unknown> }>(),
}))

vi.mock("../medusa/maker", () => ({ makerLogin: m.makerLogin, acceptInvite: m.acceptInvite }))
// The real cookie helpers (lib/session.ts) over a fake cookie jar.
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (m.jar.has(name) ? { name, value: m.jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => m.jar.set(name, { value, options }),
    delete: (name: string) => m.jar.delete(name),
  }),
}))
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url })
  },
}))

const { joinAsMaker, logInMaker, logOutMaker } = await import("./actions")

const ID = MESSAGES.id.maker
const EN = MESSAGES.en.maker
// A maker JWT that expires in 24 hours.
const TOKEN = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ actor_id: "mkr_1", actor_type: "maker", exp: Math.floor(Date.now() / 1000) + 86400 })).toString("base64url")}.c2ln`

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

async function redirectedTo(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    (answer) => {
      throw new Error(`no redirect, answered ${JSON.stringify(answer)}`)
    },
    (error: { url?: string }) => error
  )
  return error.url!
}

beforeEach(() => {
  m.makerLogin.mockReset()
  m.acceptInvite.mockReset()
  m.jar.clear()
})

afterEach(() => {
  delete process.env.STOREFRONT_URL
})

describe("logInMaker", () => {
  const login = (fields: Record<string, string> = {}) =>
    form({ locale: "id", via: "phone", secret: "pin", identifier: "0812-3456-7890", password: "482913", ...fields })

  it("logs her in with her normalised number, keeps the token in rk_maker and opens her home", async () => {
    m.makerLogin.mockResolvedValue({ ok: true, token: TOKEN })
    expect(await redirectedTo(logInMaker(MAKER_IDLE, login()))).toBe("/maker")
    expect(m.makerLogin).toHaveBeenCalledWith("+6281234567890", "482913")
    const cookie = m.jar.get("rk_maker")!
    expect(cookie.value).toBe(TOKEN)
    expect(cookie.options).toMatchObject({ path: "/", httpOnly: true, sameSite: "lax", secure: false })
    // As long as the token lives (a day), not the buyer's 30 days.
    expect(cookie.options!.maxAge).toBeGreaterThan(86400 - 60)
    expect(cookie.options!.maxAge).toBeLessThanOrEqual(86400)
    expect(m.jar.has("rk_customer")).toBe(false)
  })

  it("sets a Secure cookie when the store is served over https, and opens the English home", async () => {
    process.env.STOREFRONT_URL = "https://rumahkarya.example"
    m.makerLogin.mockResolvedValue({ ok: true, token: TOKEN })
    expect(await redirectedTo(logInMaker(MAKER_IDLE, login({ locale: "en" })))).toBe("/en/maker")
    expect(m.jar.get("rk_maker")!.options).toMatchObject({ secure: true })
  })

  it("says the pair is wrong, keeps what she typed but never her PIN", async () => {
    m.makerLogin.mockResolvedValue({ ok: false, reason: "invalid" })
    const state = await logInMaker(MAKER_IDLE, login())
    expect(state).toEqual({
      status: "error",
      message: ID.login.invalid,
      values: { identifier: "0812-3456-7890", via: "phone", secret: "pin" },
    })
    expect(JSON.stringify(state)).not.toContain("482913")
    expect(m.jar.size).toBe(0)
  })

  it("asks her to wait after too many tries, in her language", async () => {
    m.makerLogin.mockResolvedValue({ ok: false, reason: "rateLimited" })
    expect((await logInMaker(MAKER_IDLE, login())).message).toBe(ID.rateLimited)
    expect((await logInMaker(MAKER_IDLE, login({ locale: "en" }))).message).toBe(EN.rateLimited)
    m.makerLogin.mockResolvedValue({ ok: false, reason: "error" })
    expect((await logInMaker(MAKER_IDLE, login())).message).toBe(ID.error)
  })

  it("checks the fields before asking the backend", async () => {
    const state = await logInMaker(MAKER_IDLE, login({ identifier: "0812", password: "", via: "email", secret: "password" }))
    expect(m.makerLogin).not.toHaveBeenCalled()
    expect(state).toEqual({
      status: "error",
      message: ID.errorSummary,
      fieldErrors: { identifier: ID.errors.phoneInvalid, password: ID.errors.secretRequired },
      values: { identifier: "0812", via: "email", secret: "password" },
    })
  })
})

describe("joinAsMaker", () => {
  const join = (fields: Record<string, string> = {}) =>
    form({
      locale: "id",
      via: "phone",
      secret: "pin",
      code: "abcd-efgh",
      identifier: "+62 812 3456 7890",
      password: "482913",
      repeat: "482913",
      ...fields,
    })
  const kept = { code: "abcd-efgh", identifier: "+62 812 3456 7890", via: "phone", secret: "pin" }

  it("creates her login, keeps the token and opens her home", async () => {
    m.acceptInvite.mockResolvedValue({ ok: true, token: TOKEN })
    expect(await redirectedTo(joinAsMaker(MAKER_IDLE, join()))).toBe("/maker")
    expect(m.acceptInvite).toHaveBeenCalledWith({ code: "ABCD-EFGH", identifier: "+6281234567890", password: "482913" })
    expect(m.jar.get("rk_maker")!.value).toBe(TOKEN)
  })

  it("refuses an easy PIN and a different repeat at once, without asking the backend", async () => {
    const state = await joinAsMaker(MAKER_IDLE, join({ password: "123456", repeat: "123465" }))
    expect(m.acceptInvite).not.toHaveBeenCalled()
    expect(state).toEqual({
      status: "error",
      message: ID.errorSummary,
      fieldErrors: { password: ID.errors.pinSequence, repeat: ID.errors.repeatMismatch },
      values: kept,
    })
    const same = await joinAsMaker(MAKER_IDLE, join({ password: "111111", repeat: "111111" }))
    expect(same.fieldErrors).toEqual({ password: ID.errors.pinSameDigits })
    const down = await joinAsMaker(MAKER_IDLE, join({ password: "654321", repeat: "654321" }))
    expect(down.fieldErrors).toEqual({ password: ID.errors.pinSequence })
  })

  it("puts the backend's refusals next to their field", async () => {
    m.acceptInvite.mockResolvedValue({ ok: false, reason: "invalidCode" })
    expect(await joinAsMaker(MAKER_IDLE, join())).toEqual({
      status: "error",
      message: ID.join.codeInvalid,
      fieldErrors: { code: ID.join.codeInvalid },
      values: kept,
    })

    m.acceptInvite.mockResolvedValue({ ok: false, reason: "identifierTaken" })
    expect(await joinAsMaker(MAKER_IDLE, join())).toEqual({
      status: "error",
      message: ID.join.identifierTaken,
      fieldErrors: { identifier: ID.join.identifierTaken },
      values: kept,
      link: { href: "/maker/login", label: ID.join.loginLink },
    })

    m.acceptInvite.mockResolvedValue({ ok: false, reason: "passwordRule" })
    expect((await joinAsMaker(MAKER_IDLE, join())).fieldErrors).toEqual({ password: ID.fields.newPinHint })

    m.acceptInvite.mockResolvedValue({ ok: false, reason: "rateLimited" })
    expect(await joinAsMaker(MAKER_IDLE, join({ locale: "en" }))).toEqual({
      status: "error",
      message: EN.rateLimited,
      values: kept,
    })
    expect(m.jar.size).toBe(0)
  })

  it("never hands her PIN back", async () => {
    m.acceptInvite.mockResolvedValue({ ok: false, reason: "error" })
    const state = await joinAsMaker(MAKER_IDLE, join())
    expect(state.message).toBe(ID.error)
    expect(JSON.stringify(state)).not.toContain("482913")
  })
})

describe("logOutMaker", () => {
  it("forgets only her maker login and shows the login page", async () => {
    m.jar.set("rk_maker", { value: TOKEN })
    m.jar.set("rk_customer", { value: "buyer.token.x" })
    expect(await redirectedTo(logOutMaker(form({ locale: "en" })))).toBe("/en/maker/login")
    expect(m.jar.has("rk_maker")).toBe(false)
    expect(m.jar.has("rk_customer")).toBe(true)
  })
})
