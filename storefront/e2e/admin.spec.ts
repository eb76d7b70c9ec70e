import { expect, test } from "@playwright/test"

// The admin dashboard is served by the backend; the start script prints its address and the demo login.
const ADMIN_URL = process.env.ADMIN_URL || "http://localhost:9000/app"

test("staff log in to the admin dashboard with the demo credentials", async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto(ADMIN_URL)
  await page.getByPlaceholder(/email/i).fill("admin@example.com", { timeout: 150_000 })
  await page.getByPlaceholder(/password/i).fill("supersecret")
  await page.getByRole("button", { name: /continue with email/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })
  await expect(page.getByRole("link", { name: /orders/i }).first()).toBeVisible()
})
