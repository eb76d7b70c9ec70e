import { expect, test, type APIRequestContext, type Page } from "@playwright/test"

/**
 * Staff hide a maker from the admin dashboard and bring her back (backend/src/admin/routes/makers).
 *
 * Uses a maker of its own, "E2E Admin Check" (created once through the admin API if missing): she has no
 * consents and no products, so she is never in the store, and the storefront specs that hide real makers
 * (maker-hide.spec.ts, makers.spec.ts) are not disturbed when the files run side by side.
 */
const ADMIN_URL = (process.env.ADMIN_URL || "http://localhost:9000/app").replace(/\/+$/, "")
const BACKEND = ADMIN_URL.replace(/\/app$/, "")
const MAKER = { handle: "e2e-admin-check", display_name: "E2E Admin Check", crafts: ["bouquet"] }

type Maker = { id: string; handle: string; status: "active" | "hidden" }
let makerId: string | undefined

async function logIn(page: Page) {
  await page.goto(ADMIN_URL)
  await page.getByPlaceholder(/email/i).fill("admin@example.com", { timeout: 150_000 })
  await page.getByPlaceholder(/password/i).fill("supersecret")
  await page.getByRole("button", { name: /continue with email/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })
}

/** The test maker, created if this database has never seen her; shown (unhidden) to start from. */
async function ensureMaker(request: APIRequestContext): Promise<Maker> {
  const found = await request.get(`${BACKEND}/admin/makers`, { params: { q: MAKER.handle, limit: 100 } })
  expect(found.status(), await found.text()).toBe(200)
  let maker = ((await found.json()).makers as Maker[]).find((m) => m.handle === MAKER.handle)
  if (!maker) {
    const created = await request.post(`${BACKEND}/admin/makers`, { data: MAKER })
    expect(created.status(), await created.text()).toBe(200)
    maker = (await created.json()).maker as Maker
  }
  if (maker.status === "hidden") {
    await request.post(`${BACKEND}/admin/makers/${maker.id}/unhide`, { data: {} })
  }
  return maker
}

test.afterEach(async ({ page }) => {
  // Whatever failed above, leave her visible.
  if (makerId) await page.request.post(`${BACKEND}/admin/makers/${makerId}/unhide`, { data: {} })
})

test("staff hide a maker at once and unhide her", async ({ page }) => {
  test.setTimeout(240_000)
  await logIn(page)
  // page.request shares the browser's session cookie.
  makerId = (await ensureMaker(page.request)).id

  await page.getByRole("link", { name: "Makers" }).first().click()
  await expect(page.getByRole("heading", { name: "Makers", level: 1 })).toBeVisible({ timeout: 30_000 })
  await page.getByPlaceholder("Search name or handle").fill(MAKER.handle)
  await page.getByRole("row").filter({ hasText: MAKER.display_name }).click()

  await expect(page).toHaveURL(new RegExp(`/makers/${makerId}$`))
  await expect(page.getByRole("heading", { name: MAKER.display_name, level: 1 })).toBeVisible()
  // Private data is not on screen until asked for.
  await expect(page.getByRole("button", { name: "Show private data" })).toBeVisible()
  await expect(page.getByTestId("private-data")).toHaveCount(0)

  await page.getByRole("button", { name: "Hide now" }).click()
  const hideDialog = page.getByRole("alertdialog")
  await expect(hideDialog).toContainText("disappears from the store at once")
  await hideDialog.getByRole("button", { name: "Hide now" }).click()

  await expect(page.getByRole("status").filter({ hasText: "her profile is not in the store" })).toBeVisible()
  await expect(page.getByRole("button", { name: "Unhide" })).toBeVisible()

  await page.getByRole("button", { name: "Unhide" }).click()
  await page.getByRole("alertdialog").getByRole("button", { name: "Unhide" }).click()

  await expect(page.getByRole("button", { name: "Hide now" })).toBeVisible()
  await expect(page.getByRole("status").filter({ hasText: "her profile is not in the store" })).toHaveCount(0)
})

test("staff invite a maker to the portal from her page; the code is shown once, works, and a reset replaces it", async ({ page }) => {
  test.setTimeout(240_000)
  await logIn(page)
  makerId = (await ensureMaker(page.request)).id
  await page.goto(`${ADMIN_URL}/makers/${makerId}`)
  await expect(page.getByRole("heading", { name: MAKER.display_name, level: 1 })).toBeVisible({ timeout: 30_000 })

  await page.getByRole("button", { name: "Invite to the portal" }).click()
  // On a database that has run this before she already has a login: staff are asked first.
  const again = page.getByRole("alertdialog")
  if (await again.isVisible({ timeout: 2_000 }).catch(() => false)) await again.getByRole("button", { name: "Make a new invite" }).click()
  const code = page.getByTestId("invite-code")
  await expect(code).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)

  // She accepts it through the portal's API; staff then see her login, masked.
  const phone = `0815${String(Date.now()).slice(-8)}`
  const accepted = await page.request.post(`${BACKEND}/maker/invites/accept`, {
    data: { code: (await code.textContent())!.trim(), identifier: phone, password: "482913" },
  })
  expect(accepted.status(), await accepted.text()).toBe(200)
  await page.getByRole("button", { name: "Done" }).click()
  await expect(code).toHaveCount(0)
  await page.reload()
  await expect(page.getByText(/^\+62815\*{4}\d{3}$/)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(phone)).toHaveCount(0)

  await page.getByRole("button", { name: "Reset access" }).click()
  await page.getByRole("alertdialog").getByRole("button", { name: "Reset access" }).click()
  await expect(code).toHaveText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
  await expect(page.getByText("No login")).toBeVisible()
})

