import { expect, test, type Page } from "@playwright/test"
import { readFile } from "node:fs/promises"
import { makerOfOrder, markPaid, orderByBankTransfer } from "./helpers/orders"
import { staffApi, type StaffApi } from "./helpers/staff-api"

/**
 * A maker is paid what she earned, end to end: a buyer's bank transfer is marked paid, staff ship the order
 * (the test stack runs with PAYOUT_HOLD_DAYS=0, so the earning is available at once), then in the admin's
 * Payouts staff see her balance, create a rupiah batch, download the bank's transfer file (her row: name,
 * bank, account, amount, reference), mark the transfer paid, and import the bank statement, which matches it.
 */
const ADMIN_URL = (process.env.ADMIN_URL || "http://localhost:9000/app").replace(/\/+$/, "")
const HOLDER = "Sri Wahyuni E2E"
const ACCOUNT = "1050-2026-7788"

async function logIn(page: Page) {
  await page.goto(ADMIN_URL)
  await page.getByPlaceholder(/email/i).fill("admin@example.com", { timeout: 150_000 })
  await page.getByPlaceholder(/password/i).fill("supersecret")
  await page.getByRole("button", { name: /continue with email/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })
}

/** Staff ship every item of the order (Medusa's fulfilment route, as the admin's "Fulfill items" does). */
async function fulfil(staff: StaffApi, orderId: string) {
  const { order } = await staff.get(`/admin/orders/${orderId}?fields=id,*items`)
  await staff.post(`/admin/orders/${orderId}/fulfillments`, {
    items: order.items.map((item: { id: string; quantity: number | string }) => ({ id: item.id, quantity: Number(item.quantity) })),
  })
}

/** Her available rupiah, as staff's balances say (major units). */
async function available(staff: StaffApi, makerId: string): Promise<number> {
  const { balances } = await staff.get("/admin/payouts/balances?currency=idr")
  return Number(balances.find((b: { maker: { id: string } }) => b.maker.id === makerId)?.available ?? 0)
}

test("staff pay a maker what she earned: balance, batch, transfer file, paid, bank statement matched", async ({ page, request }) => {
  test.setTimeout(300_000)
  const staff = await staffApi(request)

  const orderId = await orderByBankTransfer(page)
  const maker = await makerOfOrder(staff, orderId)
  await staff.post(`/admin/makers/${maker.id}`, {
    private: { payout_method: "bank", bank_name: "Bank Sumut", bank_account_number: ACCOUNT, bank_account_holder: HOLDER },
  })
  await markPaid(staff, orderId)
  await fulfil(staff, orderId)
  await expect.poll(() => available(staff, maker.id), { timeout: 60_000 }).toBeGreaterThan(0)
  const owed = await available(staff, maker.id)

  await logIn(page)
  await page.getByRole("link", { name: "Payouts" }).first().click()
  await expect(page.getByRole("heading", { name: "Balances", level: 1 })).toBeVisible({ timeout: 30_000 })
  const balances = page.getByRole("region", { name: "Balances" })
  await expect(balances.getByRole("row").filter({ hasText: maker.display_name })).toBeVisible({ timeout: 30_000 })

  const tabs = page.getByRole("navigation", { name: "Payouts" })
  await tabs.getByRole("link", { name: "Totals" }).click()
  await expect(page.getByText("Gross sales")).toBeVisible({ timeout: 30_000 })

  await tabs.getByRole("link", { name: "Batches" }).click()
  const batches = page.getByRole("region", { name: "Batches" })
  await batches.getByRole("button", { name: "Create batch" }).click()
  const dialog = page.getByRole("alertdialog")
  await expect(dialog).toContainText("IDR")
  await dialog.getByRole("button", { name: "Confirm" }).click()
  await expect(page).toHaveURL(/\/payouts\/batches\/[^/]+$/, { timeout: 60_000 })

  // The bank's bulk transfer file: her row, exactly what she is owed, in whole rupiah.
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download transfer CSV" }).click()])
  const [header, ...rows] = (await readFile((await file.path())!, "utf8")).replace(/^\uFEFF/, "").trim().split(/\r?\n/)
  expect(header).toBe("name,bank,account,amount,reference")
  const row = rows.find((line) => line.startsWith(`${HOLDER},`))
  expect(row, rows.join("\n")).toBeTruthy()
  const [, bank, account, amount, reference] = row!.split(",")
  expect([bank, account, amount]).toEqual(["Bank Sumut", ACCOUNT, String(owed)])
  expect(reference).toMatch(/^RKP-\d+-\d+$/)

  // The bank did it: staff mark her transfer paid with the bank's reference.
  await page.getByRole("button", { name: `Mark paid: ${maker.display_name}` }).click()
  const settle = page.getByRole("form", { name: `Mark paid: ${maker.display_name}` })
  await settle.getByLabel("Transfer reference").fill("SUMUT-TRF-0001")
  await settle.getByRole("button", { name: "Confirm paid" }).click()
  await expect.poll(() => available(staff, maker.id), { timeout: 30_000 }).toBe(0)
  const { balances: after } = await staff.get("/admin/payouts/balances?currency=idr")
  expect(Number(after.find((b: { maker: { id: string } }) => b.maker.id === maker.id).paid_out)).toBeGreaterThanOrEqual(owed)

  // The bank statement shows the money leaving: imported, it matches her payout.
  await tabs.getByRole("link", { name: "Reconciliation" }).click()
  const statement = `Tanggal;Keterangan;Referensi;Jumlah\n29/11/2026;Transfer ke ${HOLDER};${reference};-${owed.toLocaleString("id-ID")}\n`
  await page.getByLabel("Statement file (CSV)").setInputFiles({ name: `mutasi-${Date.now()}.csv`, mimeType: "text/csv", buffer: Buffer.from(statement) })
  await page.getByRole("button", { name: "Upload statement" }).click()
  const matched = page.getByRole("region", { name: "Matched" })
  await expect(matched.getByRole("row").filter({ hasText: reference })).toBeVisible({ timeout: 30_000 })
})
