import { expect, test, type APIRequestContext, type Page } from "@playwright/test"

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** The product page's credit to a named maker (its accessible name leaves out the decorative initial). */
const creditTo = (page: Page, name: string) =>
  page.getByRole("link", { name: new RegExp(`^Dibuat oleh ${escapeRegExp(name)}(\\s|$)`) })

/**
 * Hiding a maker and revoking a consent reach the storefront within 5 seconds (docs/makers-api.md,
 * "Cache revalidation"): the backend calls /api/revalidate and the next request renders fresh data.
 * Drives the admin API of the backend (ADMIN_BACKEND_URL) and restores the maker at the end.
 */
const BACKEND = (process.env.ADMIN_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
const BUDGET = { timeout: 5_000, intervals: [100, 250, 500] }

type Consent = { granted: boolean }
type AdminMaker = {
  id: string
  handle: string
  display_name: string
  status: "active" | "hidden"
  is_collective: boolean
  story_id: string | null
  story_en: string | null
  product_count: number
  consents: Record<"display_name" | "story" | "image" | "city", Consent>
}

test.describe.configure({ mode: "serial" })

let auth: Record<string, string> = {}
let maker: AdminMaker
let storyWasGranted = false

async function admin<T>(request: APIRequestContext, method: "GET" | "POST", path: string, data?: unknown) {
  const response = await request.fetch(`${BACKEND}${path}`, { method, headers: auth, data })
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(200)
  return (await response.json()) as T
}

/** The first paragraph's opening words of her story, as the page shows it (Indonesian first). */
function storySnippet(m: AdminMaker): string {
  const story = (m.story_id?.trim() || m.story_en?.trim() || "").split(/\r?\n/).find((p) => p.trim()) ?? ""
  return story.replace(/\s+/g, " ").trim().slice(0, 40).trim()
}

async function mainText(page: Page, path: string) {
  const response = await page.goto(path)
  const text = response?.ok() ? await page.locator("main").innerText() : ""
  return { status: response?.status(), text: text.replace(/\s+/g, " ") }
}

test.beforeAll(async ({ request }) => {
  const login = await request.post(`${BACKEND}/auth/user/emailpass`, {
    data: { email: "admin@example.com", password: "supersecret" },
  })
  expect(login.status(), "admin login").toBe(200)
  auth = { authorization: `Bearer ${(await login.json()).token}` }

  const { makers } = await admin<{ makers: AdminMaker[] }>(request, "GET", "/admin/makers?status=active&limit=100")
  const candidates = makers.filter(
    (m) =>
      !m.is_collective &&
      m.status === "active" &&
      m.product_count > 0 &&
      m.consents.display_name.granted &&
      m.consents.story.granted &&
      storySnippet(m).length >= 10
  )
  expect(candidates.length, "a visible maker with products and a story").toBeGreaterThan(0)
  // The last one: makers.spec.ts reads the first, so both files can run at once when there are two.
  maker = candidates[candidates.length - 1]
  storyWasGranted = maker.consents.story.granted
})

test.afterAll(async ({ request }) => {
  if (!maker) return
  // Put her back as she was, whatever failed above.
  await request.post(`${BACKEND}/admin/makers/${maker.id}/unhide`, { headers: auth, data: {} })
  if (storyWasGranted) {
    await request.post(`${BACKEND}/admin/makers/${maker.id}/consents`, {
      headers: auth,
      data: { item: "story", granted: true },
    })
  }
})

test("a hidden maker disappears from her page and her products within 5 s, and comes back", async ({
  page,
  request,
}) => {
  const profile = `/makers/${maker.handle}`

  // Before: her page is there and her first product names her.
  const before = await page.goto(profile)
  expect(before?.status()).toBe(200)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(maker.display_name)
  const productHref = await page
    .getByRole("region", { name: `Karya ${maker.display_name}` })
    .getByRole("link")
    .first()
    .getAttribute("href")
  expect(productHref).toMatch(/^\/products\//)
  await page.goto(productHref!)
  await expect(creditTo(page, maker.display_name)).toHaveAttribute("href", profile)

  await admin(request, "POST", `/admin/makers/${maker.id}/hide`, {})

  await expect.poll(async () => (await request.get(profile)).status(), BUDGET).toBe(404)
  await expect(async () => {
    await page.goto(productHref!)
    const credit = page.getByRole("link", { name: /^Dibuat bersama oleh Kolektif/ })
    await expect(credit).toBeVisible({ timeout: 250 })
    await expect(credit).not.toHaveAttribute("href", profile, { timeout: 250 })
    expect(await page.content()).not.toContain(`href="${profile}"`)
  }).toPass(BUDGET)
  expect(await page.locator("main").innerText()).not.toContain(`Dibuat oleh ${maker.display_name}`)

  await admin(request, "POST", `/admin/makers/${maker.id}/unhide`, {})

  await expect.poll(async () => (await request.get(profile)).status(), BUDGET).toBe(200)
  await expect(async () => {
    await page.goto(productHref!)
    await expect(creditTo(page, maker.display_name)).toHaveAttribute("href", profile, { timeout: 250 })
  }).toPass(BUDGET)
})

test("revoking her consent to the story removes it from her page within 5 s", async ({ page, request }) => {
  const profile = `/makers/${maker.handle}`
  const snippet = storySnippet(maker)

  // After the unhide above her page may take a moment to be fresh again.
  await expect.poll(async () => (await mainText(page, profile)).text, BUDGET).toContain(snippet)

  await admin(request, "POST", `/admin/makers/${maker.id}/consents`, { item: "story", granted: false })
  await expect.poll(async () => (await mainText(page, profile)).text, BUDGET).not.toContain(snippet)
  // She is still there, only without her story.
  expect((await mainText(page, profile)).status).toBe(200)
  await expect(page.getByRole("heading", { level: 2, name: "Cerita" })).toHaveCount(0)

  await admin(request, "POST", `/admin/makers/${maker.id}/consents`, { item: "story", granted: true })
  await expect.poll(async () => (await mainText(page, profile)).text, BUDGET).toContain(snippet)
})
