import { expect, test, type Page } from "@playwright/test"
import { fillIndonesianAddress } from "./helpers/address"
import { stripeJsStandIn } from "./stand-ins/stripe-js"

// Card payment in a real browser. `node scripts/test.mjs` starts the Stripe API stand-in (a local test server,
// not Stripe) and gives the backend and storefront its keys; Playwright serves a Stripe.js stand-in in place of
// js.stripe.com. Nothing reaches the internet.
const STRIPE_API = process.env.STRIPE_STAND_IN_URL

test.skip(!STRIPE_API, "needs the Stripe stand-in started by scripts/test.mjs (STRIPE_STAND_IN_URL)")

/** One product that is in stock, in a fresh cart, then the checkout filled in up to the payment choice. */
async function checkoutWithOneProduct(page: Page, email: string) {
  await page.goto("/")
  const paths = await page.locator('main a[href*="/products/"]').evaluateAll((links) =>
    [...new Set(links.map((a) => a.getAttribute("href") ?? ""))].filter(Boolean)
  )
  for (const path of paths) {
    await page.goto(path)
    if (await page.locator(".buy-stock-in-stock").isVisible()) break
  }
  await page.getByRole("button", { name: /Masukkan ke keranjang/ }).click()
  await expect(page.getByRole("status").filter({ hasText: /dimasukkan ke keranjang/ })).toBeVisible({ timeout: 20_000 })

  await page.goto("/checkout")
  await page.getByLabel("Email").fill(email)
  await fillIndonesianAddress(page)
  await page.getByRole("radio", { name: /^Kurir/ }).check()
}

async function openCardStep(page: Page) {
  await page.getByRole("radio", { name: /Kartu kredit\/debit/ }).check()
  await page.getByRole("button", { name: "Lanjut ke pembayaran kartu" }).click()
  await expect(page.getByRole("heading", { name: "Bayar dengan kartu" })).toBeVisible({ timeout: 30_000 })
}

test("a buyer's first card is declined, she pays with another, and the order page says the payment is in", async ({ page }) => {
  test.setTimeout(120_000)
  await page.route("https://js.stripe.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: stripeJsStandIn(STRIPE_API!) })
  )
  await checkoutWithOneProduct(page, "kartu.pembeli@example.com")
  await openCardStep(page)

  const card = page.getByLabel("Card number (Stripe stand-in)")
  const pay = page.getByRole("button", { name: /^Bayar Rp/ })
  await card.fill("4000 0000 0000 0002")
  await pay.click()
  await expect(page.getByRole("alert").filter({ hasText: "Your card was declined." })).toBeVisible()
  await expect(page).toHaveURL(/\/checkout$/)
  await expect(pay).toBeEnabled()

  await card.fill("4242 4242 4242 4242")
  await pay.click()
  await expect(page).toHaveURL(/\/order\/order_[0-9A-Z]+$/, { timeout: 30_000 })
  await expect(page.getByTestId("card-paid")).toHaveText(/Pembayaran kartu Anda sudah kami terima/)
  await expect(page.getByTestId("transfer-reference")).toHaveCount(0)
  await expect(page.locator(".cart-count")).toHaveCount(0)
})

test("when Stripe's script cannot load, the buyer is told so and pays by bank transfer instead", async ({ page }) => {
  test.setTimeout(120_000)
  await page.route("https://js.stripe.com/**", (route) => route.abort("internetdisconnected"))
  await checkoutWithOneProduct(page, "tanpa.kartu@example.com")
  await openCardStep(page)

  await expect(page.getByRole("alert").filter({ hasText: "Pembayaran kartu tidak dapat dimuat" })).toBeVisible({ timeout: 30_000 })
  await page.getByRole("button", { name: "Pilih transfer bank" }).click()
  await expect(page.getByRole("radio", { name: "Transfer bank" })).toBeChecked()
  await page.getByRole("button", { name: "Buat pesanan" }).click()
  await expect(page).toHaveURL(/\/order\/order_[0-9A-Z]+$/, { timeout: 30_000 })
  await expect(page.getByTestId("transfer-reference")).toHaveText(/^RK-\d+$/)
})
