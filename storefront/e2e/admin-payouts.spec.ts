import { expect, test, type Page } from "@playwright/test"
import { readFile } from "node:fs/promises"

/**
 * Staff open Payouts in the admin (backend/src/admin/routes/payouts): balances per maker, then a payout batch
 * for rupiah (confirmed), and its bank transfer file. Whether the batch has transfers depends on what earnings
 * are already released (7 days after shipping): with transfers, the CSV is downloaded and checked; without,
 * the page says so (or the API's refusal is shown inline) — both are correct behaviour.
 */
const ADMIN_URL = (process.env.ADMIN_URL || "http://localhost:9000/app").replace(/\/+$/, "")

async function logIn(page: Page) {
  await page.goto(ADMIN_URL)
  await page.getByPlaceholder(/email/i).fill("admin@example.com", { timeout: 150_000 })
  await page.getByPlaceholder(/password/i).fill("supersecret")
  await page.getByRole("button", { name: /continue with email/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })
}

test("staff see balances, create a batch and download its transfer CSV", async ({ page }) => {
  test.setTimeout(240_000)
  await logIn(page)

  await page.getByRole("link", { name: "Payouts" }).first().click()
  await expect(page.getByRole("heading", { name: "Balances", level: 1 })).toBeVisible({ timeout: 30_000 })
  const balances = page.getByRole("region", { name: "Balances" })
  // A table of makers, or the empty message; never an error.
  await expect(balances.getByRole("table").or(balances.getByText(/No earnings in IDR yet/))).toBeVisible({ timeout: 30_000 })
  await expect(balances.getByRole("alert")).toHaveCount(0)
  await balances.getByRole("button", { name: "USD" }).click()
  await expect(balances.getByRole("button", { name: "USD" })).toHaveAttribute("aria-pressed", "true")
  await expect(balances.getByRole("table").or(balances.getByText(/No earnings in USD yet/))).toBeVisible({ timeout: 30_000 })

  const tabs = page.getByRole("navigation", { name: "Payouts" })
  await tabs.getByRole("link", { name: "Totals" }).click()
  await expect(page.getByRole("heading", { name: "Totals", level: 1 })).toBeVisible()
  await expect(page.getByText("Gross sales")).toBeVisible({ timeout: 30_000 })

  await tabs.getByRole("link", { name: "Batches" }).click()
  await expect(page.getByRole("heading", { name: "Batches", level: 1 })).toBeVisible()
  const batches = page.getByRole("region", { name: "Batches" })
  await expect(batches.getByRole("button", { name: "IDR" })).toHaveAttribute("aria-pressed", "true")
  await batches.getByRole("button", { name: "Create batch" }).click()
  const dialog = page.getByRole("alertdialog")
  await expect(dialog).toContainText("Create a IDR payout batch?")
  await dialog.getByRole("button", { name: "Confirm" }).click()

  const download = page.getByRole("button", { name: "Download transfer CSV" })
  const empty = page.getByText("The batch has no transfers")
  const refused = page.getByRole("alert").filter({ hasText: "Could not create the batch" })
  await expect(download.or(empty).or(refused)).toBeVisible({ timeout: 60_000 })

  if (await download.isVisible()) {
    await expect(page).toHaveURL(/\/payouts\/batches\/[^/]+$/)
    await expect(page.getByRole("button", { name: "Mark paid" }).first()).toBeVisible()
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()])
    expect(file.suggestedFilename()).toMatch(/IDR\.csv$/)
    const text = await readFile((await file.path())!, "utf8")
    const [header, ...rows] = text.replace(/^\uFEFF/, "").trim().split(/\r?\n/)
    expect(header).toBe("name,bank,account,amount,reference")
    expect(rows.length).toBeGreaterThan(0)
    // Rupiah amounts are whole numbers without separators.
    for (const row of rows) expect(row).toMatch(/,\d+,[^,]+$/)
  } else {
    // No transfers to make: nothing was reserved, and the list still loads.
    await expect(batches.getByRole("alert").filter({ hasText: "Could not load batches" })).toHaveCount(0)
  }

  await tabs.getByRole("link", { name: "Reconciliation" }).click()
  await expect(page.getByRole("heading", { name: "Reconciliation", level: 1 })).toBeVisible()
  await expect(page.getByRole("button", { name: "Upload statement" })).toBeVisible()
})
