import { expect, test, type Page } from "@playwright/test"

const RUPIAH = /^Rp\s?\d{1,3}(\.\d{3})*$/
const RUPIAH_EN = /^Rp\s?\d{1,3}(,\d{3})*$/
const DOLLARS = /^\$\d+(,\d{3})*\.\d{2}$/

async function cardPrices(page: Page): Promise<number[]> {
  const texts = await page.locator(".card-price").allTextContents()
  return texts.map((t) => Number(t.replace(/^(mulai|from)\s+/, "").replace(/[^\d]/g, "")))
}

test("a buyer goes from the home page through a category to a product, served without redirects", async ({ page }) => {
  const response = await page.goto("/")
  expect(response?.status()).toBe(200)
  expect(response?.request().redirectedFrom()).toBeNull()
  await expect(page).toHaveTitle(/Rumah Karya/)
  await expect(page.locator("html")).toHaveAttribute("lang", "id")

  // The three crafts, featured products and the cause.
  const crafts = page.locator("section", { has: page.getByRole("heading", { level: 2, name: "Tiga kerajinan" }) })
  for (const name of ["Buket Bunga", "Bale Pengantin", "Dekorasi Botol Daur Ulang"]) {
    await expect(crafts.getByRole("heading", { level: 3, name, exact: true })).toBeVisible()
  }
  await expect(page.getByRole("heading", { level: 2, name: "Karya pilihan" })).toBeVisible()
  await expect(page.getByText("Setiap pembelian menjadi penghasilan bagi para pembuatnya.", { exact: true })).toBeVisible()

  await crafts.getByRole("link", { name: /Buket Bunga/ }).click()
  await expect(page).toHaveURL(/\/categories\/buket-bunga$/)
  await expect(page.getByRole("heading", { level: 1, name: "Buket Bunga" })).toBeVisible()
  await expect(page.locator("main").getByRole("status")).toHaveText(/\d+ produk/)

  // Sorting by price works without JavaScript: a GET form with its own URL.
  await page.getByLabel("Urutkan").selectOption("price_asc")
  await page.getByRole("button", { name: "Terapkan" }).click()
  await expect(page).toHaveURL(/sort=price_asc/)
  const ascending = await cardPrices(page)
  expect(ascending.length).toBeGreaterThan(1)
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b))

  const card = page.locator(".card").first()
  const title = ((await card.getByRole("heading", { level: 2 }).textContent()) ?? "").trim()
  await card.getByRole("link").click()
  await expect(page).toHaveURL(/\/products\/[^/]+$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)
  const price = ((await page.locator(".product-price").textContent()) ?? "").split(" – ")[0]
  expect(price).toMatch(RUPIAH)
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Buket Bunga", exact: true })
  ).toBeVisible()

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}")
  expect(jsonLd["@type"]).toBe("Product")
  expect(jsonLd.name).toBe(title)
  expect(jsonLd.offers[0]).toMatchObject({ priceCurrency: "IDR" })
})

test("the wall and door decor sit under recycled-bottle decor, and pages paginate", async ({ page }) => {
  await page.goto("/categories/dekorasi-botol-daur-ulang")
  const sub = page.getByRole("navigation", { name: "Subkategori" })
  await expect(sub.getByRole("link", { name: "Hiasan Dinding" })).toBeVisible()
  await sub.getByRole("link", { name: "Hiasan Pintu" }).click()
  await expect(page.getByRole("heading", { level: 1, name: "Hiasan Pintu" })).toBeVisible()
  await expect(
    page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Dekorasi Botol Daur Ulang" })
  ).toBeVisible()

  // A page past the end shows the last page rather than an error.
  const response = await page.goto("/categories/dekorasi-botol-daur-ulang?page=999")
  expect(response?.status()).toBe(200)
  await expect(page.locator(".card").first()).toBeVisible()
})

test("English pages are under /en and priced in dollars; the buyer can switch currency and language", async ({
  page,
}) => {
  await page.goto("/products/buket-mawar-abadi")
  await page.getByRole("link", { name: "Switch to English" }).click()
  await expect(page).toHaveURL(/\/en\/products\/buket-mawar-abadi$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Everlasting Rose Bouquet")
  expect(((await page.locator(".product-price").textContent()) ?? "").split(" – ")[0]).toMatch(DOLLARS)
  await expect(page.getByRole("radio", { name: "Red" }).or(page.getByText("Red", { exact: true })).first()).toBeVisible()

  await page.getByRole("button", { name: "Rupiah (IDR)" }).click()
  await expect(page).toHaveURL(/\/en\/products\/buket-mawar-abadi$/)
  expect(((await page.locator(".product-price").textContent()) ?? "").split(" – ")[0]).toMatch(RUPIAH_EN)
  await expect(page.getByRole("button", { name: "Rupiah (IDR)" })).toHaveAttribute("aria-pressed", "true")

  await page.getByRole("link", { name: "Ganti ke Bahasa Indonesia" }).click()
  await expect(page).toHaveURL(/\/products\/buket-mawar-abadi$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buket Mawar Abadi")
  expect(((await page.locator(".product-price").textContent()) ?? "").split(" – ")[0]).toMatch(RUPIAH)
})

test("cards and product pages tell in stock, made to order with its lead time, and sold out apart", async ({
  page,
}) => {
  await page.goto("/categories/bale-pengantin")
  await expect(page.locator(".card .stock-made-to-order").first()).toBeVisible()
  await page.locator(".card", { has: page.locator(".stock-made-to-order") }).first().getByRole("link").click()
  await expect(page.locator(".product-info .stock")).toHaveText(/Dibuat sesuai pesanan, \d+ hari/)
  await expect(page.getByText("Perawatan")).toBeVisible()
})

test("an unknown product, category or path gets the 404 page in the page's language", async ({ page }) => {
  for (const path of ["/products/produk-yang-tidak-ada", "/categories/tidak-ada", "/halaman/lain"]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible()
    await expect(page.getByRole("link", { name: "Lihat semua karya" })).toHaveAttribute("href", "/")
  }
  const response = await page.goto("/en/products/no-such-product")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible()
  await expect(page.getByRole("link", { name: "See all crafts" })).toHaveAttribute("href", "/en")
})

test("a buyer searches from the header with a typo, gets suggestions, and finds the bouquets", async ({ page }) => {
  await page.goto("/")
  const box = page.getByRole("banner").getByRole("combobox", { name: "Cari karya" })
  await box.fill("bukett")
  // Suggestions as she types (the storefront's /api/search/suggestions).
  await expect(page.getByRole("banner").getByRole("option").first()).toBeVisible({ timeout: 10_000 })
  await box.press("Escape")
  await box.press("Enter")
  await expect(page).toHaveURL(/\/search\?q=bukett/)
  const results = page.locator("main .card")
  await expect(results.first()).toBeVisible()
  for (const title of await results.locator("h3, h2").allTextContents()) expect(title).toMatch(/Buket/i)
})
