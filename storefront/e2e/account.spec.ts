import { expect, test, type Page } from "@playwright/test"
import { fillIndonesianAddress } from "./helpers/address"

/** The first product on the home page whose default choice can be bought now. */
async function openBuyableProduct(page: Page) {
  await page.goto("/")
  const hrefs = await page.locator('main a[href*="/products/"]').evaluateAll((links) =>
    links.map((a) => a.getAttribute("href") ?? "")
  )
  for (const href of [...new Set(hrefs)].reverse()) {
    await page.goto(href)
    if (await page.locator(".buy-stock-in-stock").isVisible()) return
  }
  throw new Error("No product in stock")
}

test("a customer registers, orders with her email filled in, and sees the order in her history", async ({ page }) => {
  test.setTimeout(120_000)
  const email = `pelanggan.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`
  const password = "rahasia-kuat-123"

  // A product in the cart before she registers: it becomes hers.
  await openBuyableProduct(page)
  const title = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim()
  await page.getByRole("button", { name: "Masukkan ke keranjang" }).click()
  await expect(page.getByRole("status").filter({ hasText: "dimasukkan ke keranjang" })).toBeVisible({ timeout: 20_000 })

  await page.goto("/account")
  await expect(page).toHaveTitle(/^Akun saya · Rumah Karya/)
  const register = page.getByRole("form", { name: "Buat akun" })
  // Too short a password: a message next to the field, nothing lost.
  await register.getByLabel("Nama depan").fill("Dewi")
  await register.getByLabel("Email").fill(email)
  await register.getByLabel("Kata sandi").fill("pendek")
  await register.getByRole("button", { name: "Buat akun" }).click()
  await expect(page.getByText("Kata sandi paling sedikit 8 karakter.").first()).toBeVisible()
  await expect(register.getByLabel("Email")).toHaveValue(email)

  await register.getByLabel("Kata sandi").fill(password)
  await register.getByRole("button", { name: "Buat akun" }).click()
  await expect(page.getByText(`Anda masuk sebagai ${email}.`)).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText("Anda belum punya pesanan.")).toBeVisible()

  await page.goto("/checkout")
  await expect(page.getByLabel("Email")).toHaveValue(email)
  await expect(page.getByRole("complementary")).toContainText(title)
  await fillIndonesianAddress(page, {
    name: "Dewi Lestari",
    phone: "+62 813 2222 3333",
    street: "Jl. Sisingamangaraja No. 5",
    province: "DKI Jakarta",
    city: "Jakarta Selatan",
    postalCode: "12110",
  })
  await page.getByRole("radio", { name: /^Kurir/ }).check()
  await page.getByRole("button", { name: "Buat pesanan" }).click()
  await expect(page).toHaveURL(/\/order\/order_[0-9A-Z]+$/, { timeout: 30_000 })
  const reference = ((await page.getByTestId("transfer-reference").textContent()) ?? "").trim()
  expect(reference).toMatch(/^RK-\d+$/)

  // Her history, also after logging out and in again.
  await page.goto("/account")
  const history = page.getByRole("region", { name: "Riwayat pesanan" })
  await expect(history.getByRole("cell", { name: reference, exact: true })).toBeVisible()
  await page.getByRole("button", { name: "Keluar" }).click()
  const login = page.getByRole("form", { name: "Masuk" })
  await login.getByLabel("Email").fill(email)
  await login.getByLabel("Kata sandi").fill("salah-sekali")
  await login.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "Email atau kata sandi salah." })).toBeVisible()
  await login.getByLabel("Kata sandi").fill(password)
  await login.getByRole("button", { name: "Masuk" }).click()
  await expect(history.getByRole("cell", { name: reference, exact: true })).toBeVisible({ timeout: 20_000 })
  await history.getByRole("link", { name: `Lihat pesanan ${reference}` }).click()
  await expect(page.getByTestId("transfer-reference")).toHaveText(reference)
})
