import { expect, test } from "@playwright/test"

const CATEGORY_HEADINGS = ["Buket Bunga", "Bale Pengantin", "Dekorasi Botol Daur Ulang"]

test("a buyer browses from the home page to a product", async ({ page }) => {
  const response = await page.goto("/")
  // Served directly: no redirect for locale, region or cart.
  expect(response?.status()).toBe(200)
  expect(response?.request().redirectedFrom()).toBeNull()
  await expect(page).toHaveTitle(/Rumah Karya/)

  for (const name of CATEGORY_HEADINGS) {
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible()
  }

  const section = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Buket Bunga" }) })
  const card = section.getByRole("listitem").first()
  const title = (await card.getByRole("heading", { level: 3 }).textContent())?.trim()
  expect(title).toBeTruthy()
  await expect(card).toContainText("Rp")

  await card.getByRole("link").click()
  await expect(page).toHaveURL(/\/products\/[^/]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!)
  await expect(page.locator(".product-price")).toHaveText(/^Rp\s?\d{1,3}(\.\d{3})*( – Rp\s?\d{1,3}(\.\d{3})*)?$/)
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Buket Bunga", exact: true })).toBeVisible()

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")
  expect(jsonLd["@type"]).toBe("Product")
  expect(jsonLd.name).toBe(title)
  expect(jsonLd.offers[0]).toMatchObject({ priceCurrency: "IDR" })
})

test("an unknown product handle gets the 404 page", async ({ page }) => {
  const response = await page.goto("/products/produk-yang-tidak-ada")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible()
  await expect(page.getByRole("link", { name: "Lihat semua karya" })).toHaveAttribute("href", "/")
})
