import { expect, test, type Page } from "@playwright/test"
import { fillIndonesianAddress } from "./helpers/address"

// The admin dashboard is served by the backend (see admin.spec.ts for its login).
const ADMIN_URL = process.env.ADMIN_URL || "http://localhost:9000/app"

/** Product page paths from the home page, in page order. */
async function productPaths(page: Page, home = "/"): Promise<string[]> {
  await page.goto(home)
  const hrefs = await page.locator('main a[href*="/products/"]').evaluateAll((links) =>
    links.map((a) => a.getAttribute("href") ?? "")
  )
  return [...new Set(hrefs.filter(Boolean))]
}

/** The maker card's text on a product page ("Dibuat oleh Sari …", "Made by …"). */
async function makerOf(page: Page): Promise<string> {
  return ((await page.locator(".product-maker-name").textContent()) ?? "").trim()
}

/**
 * Two products that can be bought now, by two different makers (as their product pages name them):
 * `skip` leaves out the first products of the list so that the tests buy different things.
 */
async function twoProductsByDifferentMakers(page: Page, home: string, skip = 0) {
  const paths = (await productPaths(page, home)).slice(skip)
  const found: { path: string; title: string; maker: string }[] = []
  for (const path of paths) {
    await page.goto(path)
    const addButton = page.locator(".buy-add")
    if (!(await addButton.isEnabled())) continue
    const maker = await makerOf(page)
    if (!maker || found.some((f) => f.maker === maker)) continue
    found.push({ path, title: ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim(), maker })
    if (found.length === 2) return found
  }
  throw new Error("The demo store has no two buyable products by different makers")
}

/** Adds the product on the current page (its default choice) to the cart and waits for the confirmation. */
async function addCurrentProduct(page: Page, button: RegExp, confirmation: RegExp) {
  await page.getByRole("button", { name: button }).click()
  await expect(page.getByRole("status").filter({ hasText: confirmation })).toBeVisible({ timeout: 20_000 })
}

/** Chooses the courier, places the order, and returns the confirmation page's order id, number and amount. */
async function placeOrder(page: Page, courier: RegExp, button: RegExp) {
  await page.getByRole("radio", { name: courier }).check()
  await page.getByRole("button", { name: button }).click()
  await expect(page).toHaveURL(/\/order\/order_[0-9A-Z]+$/, { timeout: 30_000 })
  const orderId = page.url().split("/").pop()!
  const reference = ((await page.getByTestId("transfer-reference").textContent()) ?? "").trim()
  const amount = ((await page.getByTestId("transfer-amount").textContent()) ?? "").trim()
  return { orderId, reference, amount }
}

test("a guest buys two makers' products in rupiah by bank transfer, with a gift note; staff see the order", async ({ page }) => {
  test.setTimeout(240_000)
  const products = await twoProductsByDifferentMakers(page, "/")
  expect(products[0].maker).not.toBe(products[1].maker)

  for (const product of products) {
    await page.goto(product.path)
    await addCurrentProduct(page, /Masukkan ke keranjang/, /dimasukkan ke keranjang/)
  }
  await expect(page.locator(".cart-count")).toHaveText(/2$/)

  await page.getByRole("link", { name: "Lihat keranjang" }).click()
  await expect(page).toHaveTitle(/^Keranjang · Rumah Karya/)
  await expect(page.getByRole("heading", { level: 1, name: "Keranjang" })).toBeVisible()
  for (const product of products) await expect(page.getByRole("heading", { level: 3, name: product.title })).toBeVisible()

  const note = `Selamat ulang tahun, Kak Dewi! ${Date.now()}`
  await page.getByLabel("Pesan untuk penerima (opsional)").fill(note)
  await page.getByRole("button", { name: "Simpan catatan" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Catatan hadiah disimpan." })).toBeVisible()

  await page.getByRole("link", { name: "Lanjut ke checkout" }).click()
  await expect(page).toHaveTitle(/^Checkout · Rumah Karya/)
  await expect(page.getByRole("complementary")).toContainText(note)
  await page.getByLabel("Email").fill("pembeli.tamu@example.com")
  await fillIndonesianAddress(page)
  const { orderId, reference, amount } = await placeOrder(page, /^Kurir/, /Buat pesanan/)

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terima kasih! Pesanan Anda sudah kami terima.")
  expect(reference).toMatch(/^RK-\d+$/)
  expect(amount).toMatch(/^Rp\s?\d{1,3}(\.\d{3})+$/)
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
  await expect(page.getByRole("region", { name: "Selesaikan pembayaran dengan transfer bank" })).toContainText(reference)
  for (const product of products) await expect(page.getByText(product.title, { exact: false }).first()).toBeVisible()
  await expect(page.locator(".cart-count")).toHaveCount(0)

  // Staff: the admin's order page shows both items and the gift note.
  await page.goto(`${ADMIN_URL}/orders/${orderId}`)
  await page.getByPlaceholder(/email/i).fill("admin@example.com", { timeout: 150_000 })
  await page.getByPlaceholder(/password/i).fill("supersecret")
  await page.getByRole("button", { name: /continue with email/i }).click()
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}`), { timeout: 60_000 })
  for (const product of products) await expect(page.getByText(product.title).first()).toBeVisible({ timeout: 60_000 })
  await expect(page.getByText(note)).toBeVisible()
  await expect(page.getByText(reference).first()).toBeVisible()
})

test("an English-speaking buyer pays in dollars and ships abroad", async ({ page }) => {
  test.setTimeout(120_000)
  const products = await twoProductsByDifferentMakers(page, "/en", 2)
  for (const product of products) {
    await page.goto(product.path)
    await addCurrentProduct(page, /Add to cart/, /added to your cart/)
  }
  await page.goto("/en/cart")
  await expect(page.getByRole("heading", { level: 1, name: "Cart" })).toBeVisible()
  await expect(page.locator("main")).toContainText("$")
  await page.getByLabel("Message for the recipient (optional)").fill("Happy wedding, Sam & Lee!")
  await page.getByRole("button", { name: "Save note" }).click()
  await expect(page.getByRole("status").filter({ hasText: "Gift note saved." })).toBeVisible()

  await page.getByRole("link", { name: "Go to checkout" }).click()
  await page.getByLabel("Email").fill("buyer.abroad@example.com")
  await page.getByLabel("Recipient's name").fill("Sam Taylor")
  const country = page.getByLabel("Country", { exact: true })
  // Only the International region's countries are offered.
  await expect(country.locator("option", { hasText: "Indonesia" })).toHaveCount(0)
  await country.selectOption({ label: "Singapore" })
  await page.getByLabel("Address", { exact: true }).fill("10 Anson Road #12-01")
  await page.getByLabel("City or regency").fill("Singapore")
  await page.getByLabel("Postal code").fill("079903")
  await page.getByLabel("Phone number (optional)").fill("+65 6123 4567")
  const { reference, amount } = await placeOrder(page, /courier/i, /Place order/)

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you! We have received your order.")
  expect(reference).toMatch(/^RK-\d+$/)
  expect(amount).toMatch(/^\$\d+\.\d{2}$/)
  await expect(page.getByText("Singapore").first()).toBeVisible()

  // The order can be found again with its number and email.
  await page.goto("/en/order-lookup")
  await page.getByLabel("Order number").fill(reference)
  await page.getByLabel("Email").fill("Buyer.Abroad@example.com")
  await page.getByRole("button", { name: "Find my order" }).click()
  await expect(page.getByTestId("transfer-reference")).toHaveText(reference)
  await page.goto("/en/order-lookup")
  await page.getByLabel("Order number").fill(reference)
  await page.getByLabel("Email").fill("someone.else@example.com")
  await page.getByRole("button", { name: "Find my order" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "We could not find an order with this number and email" })).toBeVisible()
})

/** The first product whose default choice is in stock (not made to order: those take any quantity up to 50). */
async function inStockProduct(page: Page) {
  for (const path of await productPaths(page)) {
    await page.goto(path)
    if (await page.locator(".buy-stock-in-stock").isVisible()) return path
  }
  throw new Error("No product in stock")
}

test("asking for more than the stock is refused with a message", async ({ page }) => {
  await inStockProduct(page)
  await page.getByLabel("Jumlah").fill("50")
  await page.getByRole("button", { name: "Masukkan ke keranjang" }).click()
  await expect(page.getByRole("alert").filter({ hasText: /Stok tidak mencukupi: tinggal \d+ lagi/ })).toBeVisible({ timeout: 20_000 })
  // Nothing was added.
  await expect(page.locator(".cart-count")).toHaveCount(0)
})

test("invalid checkout input gets messages next to the fields, and keeps what was typed", async ({ page }) => {
  await inStockProduct(page)
  await addCurrentProduct(page, /Masukkan ke keranjang/, /dimasukkan ke keranjang/)
  await page.goto("/checkout")
  await page.getByLabel("Email").fill("bukan-email")
  await page.getByLabel("Nama penerima").fill("Rina")
  await page.getByLabel("Nomor HP atau WhatsApp").fill("12345")
  await page.getByLabel("Kode pos").fill("201")
  await page.getByRole("button", { name: "Buat pesanan" }).click()

  const summary = page.getByRole("alert").filter({ hasText: "perlu diperbaiki" })
  await expect(summary).toBeVisible()
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByText("Masukkan alamat email yang benar").first()).toBeVisible()
  await expect(page.getByText("Kode pos terdiri dari 5 angka.").first()).toBeVisible()
  await expect(page.getByText("Pilih provinsi dari daftar.").first()).toBeVisible()
  await expect(page.getByLabel("Email")).toHaveValue("bukan-email")
  await expect(page.getByLabel("Nama penerima")).toHaveValue("Rina")
  await expect(page).toHaveURL(/\/checkout$/)
})

test("a garbage cart cookie starts a fresh cart quietly", async ({ page, context, baseURL }) => {
  await context.addCookies([
    { name: "rk_cart_id", value: "cart_garbage'%3Cscript%3E", url: baseURL! },
    { name: "rk_cart_count", value: "7", url: baseURL! },
  ])
  const response = await page.goto("/cart")
  expect(response?.status()).toBe(200)
  await expect(page.getByText("Keranjang Anda masih kosong.")).toBeVisible()
  await expect(page.locator(".cart-count")).toHaveCount(0)

  await inStockProduct(page)
  await addCurrentProduct(page, /Masukkan ke keranjang/, /dimasukkan ke keranjang/)
  const cookie = (await context.cookies()).find((c) => c.name === "rk_cart_id")
  expect(cookie?.value).toMatch(/^cart_[0-9A-Z]{26}$/)
  expect(cookie?.httpOnly).toBe(true)
  expect(cookie?.sameSite).toBe("Lax")
  await page.goto("/cart")
  await expect(page.locator(".cart-line")).toHaveCount(1)
})
