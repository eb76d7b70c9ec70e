import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test"

/**
 * A maker adds a product from her phone and it reaches the shop (issue 6):
 * staff invite her (admin API), she creates her login, adds a product with a photo through the wizard, sees it
 * "Menunggu diperiksa"; staff approve it in the admin's "Product review" page; it is then on her public profile.
 *
 * Uses a maker of its own, "E2E Portal Products" (created once through the admin API if missing, with only her
 * name consented), so that the specs that pick seeded makers are not disturbed. Her photo is a JPEG drawn by
 * the browser's canvas at test time (no fixture file). Drives the backend's admin API (ADMIN_BACKEND_URL) and
 * admin UI (ADMIN_URL).
 *
 * E2E_REVIEW_VIA_API=1 approves through POST /admin/product-reviews/:id/approve instead of the admin UI.
 */
const ADMIN_URL = (process.env.ADMIN_URL || "http://localhost:9000/app").replace(/\/+$/, "")
const BACKEND = (process.env.ADMIN_BACKEND_URL || ADMIN_URL.replace(/\/app$/, "")).replace(/\/+$/, "")
const REVIEW_VIA_API = process.env.E2E_REVIEW_VIA_API === "1"
const MAKER = {
  handle: "e2e-portal-products",
  display_name: "E2E Portal Products",
  crafts: ["bouquet"],
  consents: { display_name: true },
}

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

type Maker = { id: string; handle: string; display_name: string; status: "active" | "hidden" }
type Review = { product: { id: string; title: string } }

async function staffApi(request: APIRequestContext) {
  const login = await request.post(`${BACKEND}/auth/user/emailpass`, {
    data: { email: "admin@example.com", password: "supersecret" },
  })
  expect(login.status(), "admin login").toBe(200)
  const headers = { authorization: `Bearer ${(await login.json()).token}` }
  const call = async <T>(method: "GET" | "POST", path: string, data?: unknown): Promise<T> => {
    const response = await request.fetch(`${BACKEND}${path}`, { method, headers, data })
    expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(200)
    return (await response.json()) as T
  }
  return { call }
}

/** The test maker, created if this database has never seen her; shown (unhidden) to start from. */
async function ensureMaker(call: Awaited<ReturnType<typeof staffApi>>["call"]): Promise<Maker> {
  const { makers } = await call<{ makers: Maker[] }>("GET", `/admin/makers?q=${MAKER.handle}&limit=100`)
  let maker = makers.find((m) => m.handle === MAKER.handle)
  if (!maker) maker = (await call<{ maker: Maker }>("POST", "/admin/makers", MAKER)).maker
  if (maker.status === "hidden") await call("POST", `/admin/makers/${maker.id}/unhide`, {})
  return maker
}

/** A real JPEG photo (a 640×480 gradient with a flower-ish shape), drawn by the browser. */
async function drawJpeg(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement("canvas")
    canvas.width = 640
    canvas.height = 480
    const g = canvas.getContext("2d")!
    const sky = g.createLinearGradient(0, 0, 640, 480)
    sky.addColorStop(0, "#f4d9c6")
    sky.addColorStop(1, "#8a3b22")
    g.fillStyle = sky
    g.fillRect(0, 0, 640, 480)
    g.fillStyle = "#c2185b"
    for (let i = 0; i < 8; i++) {
      g.beginPath()
      g.ellipse(320 + 70 * Math.cos((i * Math.PI) / 4), 220 + 70 * Math.sin((i * Math.PI) / 4), 55, 35, (i * Math.PI) / 4, 0, 2 * Math.PI)
      g.fill()
    }
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), "image/jpeg", 0.85))
    return Array.from(new Uint8Array(await blob.arrayBuffer()))
  })
  return Buffer.from(bytes)
}

/** Staff approve the product in the admin's "Product review" page (a desktop browser of their own). */
async function approveInAdmin(browser: Browser, title: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  try {
    await page.goto(ADMIN_URL)
    await page.getByPlaceholder(/email/i).fill("admin@example.com", { timeout: 150_000 })
    await page.getByPlaceholder(/password/i).fill("supersecret")
    await page.getByRole("button", { name: /continue with email/i }).click()
    await expect(page).not.toHaveURL(/\/login/, { timeout: 60_000 })

    await page.goto(`${ADMIN_URL}/product-reviews`)
    // Each product in the queue is a section labelled with its title (backend/src/admin/routes/product-reviews).
    const card = page.getByRole("region", { name: title, exact: true })
    await expect(card).toBeVisible({ timeout: 30_000 })
    // Approve as suggested (the USD price field comes prefilled).
    await card.getByRole("button", { name: "Approve", exact: true }).click()
    await expect(card).toHaveCount(0, { timeout: 30_000 })
  } finally {
    await context.close()
  }
}

test("a maker adds a product with a photo; staff approve it; it is on her public profile", async ({ page, request, browser }) => {
  test.setTimeout(4 * 60_000)
  const { call } = await staffApi(request)
  const maker = await ensureMaker(call)
  const { invite } = await call<{ invite: { code: string; link: string } }>("POST", `/admin/makers/${maker.id}/invite`, {})
  const link = new URL(invite.link)
  const phone = `0815${String(Date.now()).slice(-8)}` // unique per run
  const title = `Buket uji ${Date.now().toString(36)}`

  await test.step("she creates her login from the invite", async () => {
    await page.goto(link.pathname + link.search)
    await page.getByLabel("Nomor HP").fill(phone)
    await page.getByLabel("Buat PIN").fill("482913")
    await page.getByLabel("Ulangi PIN").fill("482913")
    await page.getByRole("button", { name: "Buat akun" }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Halo, ${maker.display_name}!`, { timeout: 20_000 })
  })

  await test.step("she adds a product, photo first", async () => {
    await page.getByRole("link", { name: "Tambah produk" }).click()
    await expect(page).toHaveURL(/\/maker\/products\/new$/)
    await expect(page.getByText("Langkah 1 dari 7")).toBeVisible()
    await expect(page.getByText("Ambil/Pilih foto")).toBeVisible()

    await page.locator('input[type="file"]').setInputFiles({ name: "bunga.jpg", mimeType: "image/jpeg", buffer: await drawJpeg(page) })
    // Sent and re-encoded: the picture is now the backend's smallest WebP variant.
    await expect(page.getByRole("img", { name: "Foto 1" })).toHaveAttribute("src", /maker-uploads\/.+\.webp$/, { timeout: 60_000 })
    await page.getByRole("button", { name: "Lanjut" }).click()

    await page.getByLabel("Nama", { exact: true }).fill(title)
    await page.getByRole("button", { name: "Lanjut" }).click()

    await page.getByText("Buket bunga", { exact: true }).click()
    await expect(page.getByRole("radio", { name: "Buket bunga" })).toBeChecked()
    await page.getByRole("button", { name: "Lanjut" }).click()

    await page.getByLabel("Harga (Rp)").fill("150000")
    await expect(page.getByText(/^Rp\s150\.000$/)).toBeVisible()
    await page.getByRole("button", { name: "Lanjut" }).click()

    // "Sudah ada" is chosen to start with.
    await page.getByLabel("Berapa buah?").fill("3")
    await page.getByRole("button", { name: "Lanjut" }).click()

    await page.getByLabel("Tentang produk ini (boleh kosong)").fill("Dari botol plastik daur ulang.")
    await page.getByRole("button", { name: "Lanjut" }).click()

    await expect(page.getByRole("heading", { level: 2 })).toHaveText("Periksa lagi")
    await expect(page.getByText(title)).toBeVisible()
    await page.getByRole("button", { name: "Kirim ke staf" }).click()

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terkirim!", { timeout: 30_000 })
    await expect(page.getByText("Staf akan memeriksa produk Anda.")).toBeVisible()
  })

  await test.step("she sees it waiting for staff", async () => {
    await page.getByRole("link", { name: "Lihat produk saya" }).click()
    await expect(page).toHaveURL(/\/maker\/products$/)
    const card = page.getByRole("listitem").filter({ hasText: title })
    await expect(card).toContainText("Menunggu diperiksa")
    await expect(card).toContainText(/Rp\s150\.000/)
    await expect(card).toContainText("Stok: 3")
    // The list shows the smallest variant first (a decorative picture: the title says what it is).
    await expect(card.locator("img")).toHaveAttribute("srcset", /400w/)
  })

  await test.step("staff approve it", async () => {
    const { reviews } = await call<{ reviews: Review[] }>("GET", "/admin/product-reviews")
    const review = reviews.find((r) => r.product.title === title)
    expect(review, "her product is in the review queue").toBeTruthy()
    if (REVIEW_VIA_API) await call("POST", `/admin/product-reviews/${review!.product.id}/approve`, {})
    else await approveInAdmin(browser, title)
    await expect
      .poll(async () => (await call<{ reviews: Review[] }>("GET", "/admin/product-reviews")).reviews.some((r) => r.product.title === title), {
        timeout: 30_000,
      })
      .toBe(false)
  })

  await test.step("she sees it in the shop, and so does everyone on her profile", async () => {
    await page.reload()
    await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("Tampil di toko")

    // Approval tells the storefront to drop her cached profile (maker.product_visibility_changed → revalidation):
    // it shows within seconds, not after the 5-minute ISR window.
    await expect(async () => {
      const response = await page.goto(`/makers/${MAKER.handle}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(MAKER.display_name)
      await expect(page.getByRole("region", { name: `Karya ${MAKER.display_name}` }).getByText(title)).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 30_000, intervals: [1_000, 2_000, 5_000] })
  })
})
