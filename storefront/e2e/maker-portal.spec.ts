import { expect, test, type APIRequestContext } from "@playwright/test"

// The makers' portal entrance on a phone: staff invite a maker (admin API), she creates her login from the
// invite link with her phone number and a PIN, logs out and in again (her number written another way), sees
// where she is logged in and logs out of every phone, and staff resetting her access logs her out everywhere. Drives the backend's admin API (ADMIN_BACKEND_URL).
const BACKEND = (process.env.ADMIN_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")

// A cheap Android phone's Chrome.
const ANDROID_CHROME =
  "Mozilla/5.0 (Linux; Android 13; SM-A045F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36"
test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, userAgent: ANDROID_CHROME })

async function staff(request: APIRequestContext) {
  const login = await request.post(`${BACKEND}/auth/user/emailpass`, {
    data: { email: "admin@example.com", password: "supersecret" },
  })
  expect(login.status()).toBe(200)
  const headers = { authorization: `Bearer ${(await login.json()).token}` }
  const post = async (path: string) => {
    const response = await request.post(`${BACKEND}${path}`, { headers, data: {} })
    expect(response.status(), `${path}: ${await response.text()}`).toBe(200)
    return response.json()
  }
  const makers = await request.get(`${BACKEND}/admin/makers?limit=50`, { headers })
  const maker = (await makers.json()).makers.find((m: { is_collective: boolean; status: string }) => !m.is_collective && m.status === "active")
  return { maker: maker as { id: string; display_name: string }, post }
}

test("a maker joins from her invite with her phone and a PIN, logs in again, and a staff reset logs her out", async ({ page, request }) => {
  test.setTimeout(120_000)
  const { maker, post } = await staff(request)
  const { invite } = await post(`/admin/makers/${maker.id}/invite`)
  const link = new URL(invite.link)
  const local = `0813${String(Date.now()).slice(-8)}` // her number, unique per run
  const international = `+62 ${local.slice(1, 4)} ${local.slice(4, 8)} ${local.slice(8)}`

  await page.goto(link.pathname + link.search)
  await expect(page).toHaveTitle("Rumah Karya – Pembuat")
  await expect(page.getByLabel("Kode undangan")).toHaveValue(invite.code)
  await page.getByLabel("Nomor HP").fill(local)
  await page.getByLabel("Buat PIN").fill("482913")
  await page.getByLabel("Ulangi PIN").fill("482913")
  await page.getByRole("button", { name: "Buat akun" }).click()

  await expect(page).toHaveURL(/\/maker$/, { timeout: 20_000 })
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Halo, ${maker.display_name}!`)
  await expect(page.getByText(/Masuk dengan \+62813\*{4}\d{3}/)).toBeVisible()
  await expect(page.getByText(local)).toHaveCount(0)

  await page.getByRole("button", { name: "Keluar" }).click()
  await expect(page).toHaveURL(/\/maker\/login$/)
  await page.getByLabel("Nomor HP").fill(international)
  await page.getByLabel("PIN", { exact: true }).fill("111999")
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByText("Nomor HP, email, atau PIN salah. Coba lagi.")).toBeVisible()
  await expect(page.getByLabel("Nomor HP")).toHaveValue(international)
  await page.getByLabel("PIN", { exact: true }).fill("482913")
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Halo, ${maker.display_name}!`, { timeout: 20_000 })

  // Where she is logged in: this phone (a phone's browser, by name), then out of every phone; her PIN stays.
  await page.getByRole("link", { name: "HP yang masuk" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("HP yang masuk")
  const thisPhone = page.getByRole("listitem").filter({ hasText: "HP ini" })
  await expect(thisPhone).toHaveCount(1)
  await expect(thisPhone).toContainText("Android · Chrome")
  await page.getByRole("button", { name: "Keluar dari semua HP" }).click()
  await expect(page).toHaveURL(/\/maker\/login$/, { timeout: 20_000 })
  await page.getByLabel("Nomor HP").fill(local)
  await page.getByLabel("PIN", { exact: true }).fill("482913")
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Halo, ${maker.display_name}!`, { timeout: 20_000 })

  // Staff reset her access: the next page she opens asks her to log in again, and the old PIN no longer works.
  await post(`/admin/makers/${maker.id}/reset-access`)
  await page.reload()
  await expect(page).toHaveURL(/\/maker\/login\?notice=expired$/, { timeout: 20_000 })
  await expect(page.getByText("Silakan masuk lagi.")).toBeVisible()
  await page.getByLabel("Nomor HP").fill(local)
  await page.getByLabel("PIN", { exact: true }).fill("482913")
  await page.getByRole("button", { name: "Masuk" }).click()
  await expect(page.getByText("Nomor HP, email, atau PIN salah. Coba lagi.")).toBeVisible()
})
