import { expect, test } from "@playwright/test"
import { makerOfOrder, markPaid, orderByBankTransfer } from "./helpers/orders"
import { staffApi } from "./helpers/staff-api"

// Penghasilan saya on a phone: a buyer orders a maker's product by bank transfer, staff mark it paid (Medusa's
// capture route, as the admin's "Mark as paid" does), and the maker — logged in from a fresh invitation — sees
// the money as "Menunggu" with the order in her history, in plain words. Drives the backend's admin API
// (ADMIN_BACKEND_URL) for the staff steps.
test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true })

test("a maker with a paid order sees her pending earnings in plain words", async ({ page, request, browser }) => {
  test.setTimeout(240_000)
  const admin = await staffApi(request)

  // A buyer orders one product by bank transfer; staff see whose item it is, and mark the transfer received.
  const orderId = await orderByBankTransfer(page)
  const maker = await makerOfOrder(admin, orderId)
  const order = await markPaid(admin, orderId)

  // The maker gets a fresh invitation (a reset first if she already has a login) and joins on her phone.
  let invited = await admin.send(`/admin/makers/${maker.id}/invite`)
  if (invited.status() !== 200) invited = await admin.send(`/admin/makers/${maker.id}/reset-access`)
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
