import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

process.env.MEDUSA_BACKEND_URL = "http://backend.test:9000"
process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test_maker"

const { acceptInvite, getMakerMe, makerLogin } = await import("./maker")

const fetchMock = vi.fn<typeof fetch>()

function answer(status: number, body: unknown) {
  fetchMock.mockResolvedValueOnce(
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
  )
}

/** The one request made: its URL, method, headers and JSON body. */
function sent() {
  expect(fetchMock).toHaveBeenCalledTimes(1)
  const [input, init] = fetchMock.mock.calls[0]
  const headers = new Headers(init?.headers)
  return {
    url: String(input),
    method: init?.method,
    headers,
    body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
  }
}

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe("makerLogin", () => {
  it("posts her identifier as Medusa's `email` and answers her token", async () => {
    answer(200, { token: "a.b.c" })
    expect(await makerLogin("+6281234567890", "482913")).toEqual({ ok: true, token: "a.b.c" })
    const request = sent()
    expect(request.url).toBe("http://backend.test:9000/auth/maker/emailpass")
    expect(request.method).toBe("POST")
    expect(request.body).toEqual({ email: "+6281234567890", password: "482913" })
    expect(request.headers.get("authorization")).toBeNull()
  })

  it.each([
    [401, "invalid"],
    [400, "invalid"],
    [429, "rateLimited"],
    [500, "error"],
    [503, "error"],
  ] as const)("maps %i to %s", async (status, reason) => {
    answer(status, { message: "Backend words that she never sees" })
    expect(await makerLogin("+6281234567890", "482913")).toEqual({ ok: false, reason })
  })

  it("counts an unreachable backend or an answer without a token as an error", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await makerLogin("a@b.co", "x")).toEqual({ ok: false, reason: "error" })
    fetchMock.mockReset()
    answer(200, {})
    expect(await makerLogin("a@b.co", "x")).toEqual({ ok: false, reason: "error" })
  })
})

describe("acceptInvite", () => {
  const input = { code: "ABCD-EFGH", identifier: "+6281234567890", password: "482913" }

  it("posts the code, identifier and password and answers her token", async () => {
    answer(200, { token: "x.y.z" })
    expect(await acceptInvite(input)).toEqual({ ok: true, token: "x.y.z" })
    const request = sent()
    expect(request.url).toBe("http://backend.test:9000/maker/invites/accept")
    expect(request.method).toBe("POST")
    expect(request.body).toEqual(input)
  })

  it.each([
    // The backend's own messages (backend/src/modules/maker/access-rules.ts, through Medusa's validation).
    [400, "This invite code is not valid. Ask the staff for a new one.", "invalidCode"],
    [400, "Invalid request: Enter the invite code you were given.", "invalidCode"],
    [400, "Invalid request: This PIN is too easy to guess (like 123456 or 111111). Choose other digits.", "passwordRule"],
    [400, "Invalid request: A PIN needs at least 6 digits.", "passwordRule"],
    [400, "Invalid request: A password needs at least 8 characters, or use a PIN of at least 6 digits.", "passwordRule"],
    [400, "Invalid request: Enter your phone number (such as 0812-3456-7890) or your email address.", "identifierInvalid"],
    [409, "This phone number or email is already used by another account. Use another one, or ask the staff for help.", "identifierTaken"],
    [429, "Too many attempts. Try again in 15 minutes.", "rateLimited"],
    [500, "Internal", "error"],
  ] as const)("maps %i %j to %s", async (status, message, reason) => {
    answer(status, { message })
    expect(await acceptInvite(input)).toEqual({ ok: false, reason })
  })
})

describe("getMakerMe", () => {
  const raw = {
    id: "mkr_1",
    handle: "sari",
    display_name: "Sari",
    status: "active",
    crafts: ["bouquet"],
    city: "Medan",
    login: { identifier_kind: "phone", identifier_masked: "+62812****890" },
  }

  it("sends her token as a Bearer token and reads her profile", async () => {
    answer(200, { maker: raw })
    expect(await getMakerMe("tok.en.value")).toEqual({
      ok: true,
      maker: {
        id: "mkr_1",
        handle: "sari",
        displayName: "Sari",
        status: "active",
        crafts: ["bouquet"],
        city: "Medan",
        login: { identifierKind: "phone", identifierMasked: "+62812****890" },
      },
    })
    const request = sent()
    expect(request.url).toBe("http://backend.test:9000/maker/me")
    expect(request.method).toBe("GET")
    expect(request.headers.get("authorization")).toBe("Bearer tok.en.value")
  })

  it("reads an email login", async () => {
    answer(200, { maker: { ...raw, city: null, crafts: null, login: { identifier_kind: "email", identifier_masked: "s***@g***.com" } } })
    const me = await getMakerMe("t.o.k")
    expect(me.ok && me.maker.login).toEqual({ identifierKind: "email", identifierMasked: "s***@g***.com" })
    expect(me.ok && me.maker.crafts).toEqual([])
  })

  it("reads a maker without a login record (login: null) as having no identifier to show", async () => {
    answer(200, { maker: { ...raw, login: null } })
    const me = await getMakerMe("t.o.k")
    expect(me.ok && me.maker.login).toEqual({ identifierKind: "phone", identifierMasked: "" })
  })

  it.each([
    [401, "unauthorized"],
    [403, "unauthorized"],
    [404, "unauthorized"],
    [500, "error"],
    [429, "error"],
  ] as const)("maps %i to %s", async (status, reason) => {
    answer(status, { message: "Unauthorized" })
    expect(await getMakerMe("t.o.k")).toEqual({ ok: false, reason })
  })

  it("counts an unreachable backend or a malformed answer as an error, not a logout", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await getMakerMe("t.o.k")).toEqual({ ok: false, reason: "error" })
    answer(200, { nothing: true })
    expect(await getMakerMe("t.o.k")).toEqual({ ok: false, reason: "error" })
  })
})
