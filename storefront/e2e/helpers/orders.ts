import { expect, type Page } from "@playwright/test"
import { fillIndonesianAddress } from "./address"
import type { StaffApi } from "./staff-api"

/** A product a buyer can add now, by a named maker (not the Collective), found from the home page. */
export async function buyableProduct(page: Page): Promise<{ path: string; title: string }> {
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

/** A buyer orders one product of a named maker by bank transfer, through the shop: the order's id. */
export async function orderByBankTransfer(page: Page): Promise<string> {
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
  return page.url().split("/").pop()!
}

/** Staff see the transfer on the bank statement and mark the order paid (Medusa's capture, as the admin does). */
export async function markPaid(staff: StaffApi, orderId: string): Promise<{ display_id: number }> {
  const { order } = await staff.get(`/admin/orders/${orderId}?fields=id,display_id,*payment_collections,*payment_collections.payments`)
  const payment = order.payment_collections.flatMap((c: { payments?: { id: string }[] }) => c.payments ?? [])[0]
  await staff.post(`/admin/payments/${payment.id}/capture`)
  return order
}

/** The maker of the order's first maker item, as staff see it. */
export async function makerOfOrder(staff: StaffApi, orderId: string): Promise<{ id: string; display_name: string }> {
  const { items } = (await staff.get(`/admin/orders/${orderId}/maker-items`)) as {
    items: { maker: { id: string; display_name: string } | null }[]
  }
  const item = items.find((i) => i.maker)
  expect(item, "the order has a maker's item").toBeTruthy()
  return item!.maker!
}
