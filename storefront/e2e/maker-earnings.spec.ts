import { expect, test, type APIRequestContext, type Page } from "@playwright/test"
import { fillIndonesianAddress } from "./helpers/address"

// Penghasilan saya on a phone: a buyer orders a maker's product by bank transfer, staff mark it paid (Medusa's
// capture route, as the admin's "Mark as paid" does), and the maker — logged in from a fresh invitation — sees
// the money as "Menunggu" with the order in her history, in plain words. Drives the backend's admin API
// (ADMIN_BACKEND_URL) for the staff steps.
const BACKEND = (process.env.ADMIN_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")

test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true })

async function staff(request: APIRequestContext) {
  const login = await request.post(`${BACKEND}/auth/user/emailpass`, {
    data: { email: "admin@example.com", password: "supersecret" },
  })
  expect(login.status()).toBe(200)
  const headers = { authorization: `Bearer ${(await login.json()).token}` }
  const get = async (path: string) => {
    const response = await request.get(`${BACKEND}${path}`, { headers })
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200)
    return response.json()
  }
  const post = async (path: string) => request.post(`${BACKEND}${path}`, { headers, data: {} })
  return { get, post }
}

/** A product a buyer can add now, by a named maker (not the Collective), from the home page. */
async function buyableProduct(page: Page): Promise<{ path: string; title: string }> {
  await page.goto("/")
  const hrefs = await page.locator('main a[href*="/products/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
  for (const path of [...new Set(hrefs.filter(Boolean))]) {
    await page.goto(path)
    if (!(await page.locator(".buy-add").isEnabled())) continue
    const maker = ((await page.locator(".product-maker-name").textContent().catch(() => "")) ?? "").trim()
    if (!maker || /kolektif|collective/i.test(maker)) continue
    return { path, title: ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim() }
  }
  throw new Error("The demo store has no buyable product by a named maker")
}

test("a maker with a paid order sees her pending earnings in plain words", async ({ page, request, browser }) => {
  test.setTimeout(240_000)
  const admin = await staff(request)

  // A buyer orders one product by bank transfer.
  const product = await buyableProduct(page)
  await page.goto(product.path)
  await page.getByRole("button", { name: /Masukkan ke keranjang/ }).click()
  await expect(page.getByRole("status").filter({ hasText: /dimasukkan ke keranjang/ })).toBeVisible({ timeout: 20_000 })
  await page.goto("/checkout")
  await page.getByLabel("Email").fill(`pembeli.${Date.now()}@example.com`)
  await fillIndonesianAddress(page)
  await page.getByRole("radio", { name: /^Kurir/ }).check()
  await page.getByRole("button", { name: /Buat pesanan/ }).click()
  await expect(page).toHaveURL(/\/order\/order_[0-9A-Z]+$/, { timeout: 30_000 })
  const orderId = page.url().split("/").pop()!

  // Staff: whose item it is, and the bank transfer arrived (capture).
  const { items } = (await admin.get(`/admin/orders/${orderId}/maker-items`)) as {
    items: { title: string; maker: { id: string; display_name: string } | null }[]
  }
  const item = items.find((i) => i.maker)
  expect(item, "the order has a maker's item").toBeTruthy()
  const maker = item!.maker!
  const { order } = await admin.get(`/admin/orders/${orderId}?fields=id,display_id,*payment_collections,*payment_collections.payments`)
  const payment = order.payment_collections.flatMap((c: { payments?: { id: string }[] }) => c.payments ?? [])[0]
  const captured = await admin.post(`/admin/payments/${payment.id}/capture`)
  expect(captured.status(), await captured.text()).toBe(200)

  // The maker gets a fresh invitation (a reset first if she already has a login) and joins on her phone.
  let invited = await admin.post(`/admin/makers/${maker.id}/invite`)
  if (invited.status() !== 200) invited = await admin.post(`/admin/makers/${maker.id}/reset-access`)
  expect(invited.status(), await invited.text()).toBe(200)
  const { invite } = await invited.json()
  const link = new URL(invite.link)
  const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, baseURL: new URL(page.url()).origin })
  const her = await phone.newPage()
  await her.goto(link.pathname + link.search)
  await her.getByLabel("Nomor HP").fill(`0813${String(Date.now()).slice(-8)}`)
  await her.getByLabel("Buat PIN").fill("582914")
  await her.getByLabel("Ulangi PIN").fill("582914")
  await her.getByRole("button", { name: "Buat akun" }).click()
  await expect(her).toHaveURL(/\/maker$/, { timeout: 20_000 })

  // Her home has the earnings tile; the page says what is waiting and why.
  await her.getByRole("link", { name: "Penghasilan saya" }).click()
  await expect(her).toHaveURL(/\/maker\/earnings$/)
  await expect(her.getByRole("heading", { level: 1 })).toHaveText("Penghasilan saya")
  await expect(her.getByText("Uang dari pesanan yang belum lewat 7 hari setelah dikirim.")).toBeVisible()

  // Earnings are recorded when the payment is captured (a subscriber): reload until the order is there.
  const row = her.locator(".earnings-row").filter({ hasText: `Pesanan #${order.display_id}` })
  await expect(async () => {
    await her.reload()
    await expect(row.first()).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 60_000 })
  // "Pesanan #12 · <her product>", then "+ Rp 166.500" (the product's title is the order's, not checked here).
  await expect(row.first().locator(".earnings-row-what")).toHaveText(new RegExp(`^Pesanan #${order.display_id} · .+`))
  await expect(row.first().locator(".earnings-row-amount")).toHaveText(/^\+ Rp\s?\d{1,3}(\.\d{3})*$/)
  const waiting = her.locator(".earnings-figure-waiting .earnings-figure-amount").first()
  await expect(waiting).not.toHaveText(/^Rp\s?0$/)
  // Nothing of the buyer on her page.
  await expect(her.getByText(/pembeli\.\d+@example\.com/)).toHaveCount(0)
  await expect(her.getByText("Rina Siregar")).toHaveCount(0)
  await phone.close()
})
