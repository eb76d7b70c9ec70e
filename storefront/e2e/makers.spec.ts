import { expect, test, type Page } from "@playwright/test"

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

// Words that must never stand next to a named maker (DESIGN.md, privacy 7).
const FORBIDDEN = /penyintas|survivor|trafficking|perdagangan orang/i

async function expectNoForbiddenWords(page: Page) {
  expect(await page.locator("main").innerText()).not.toMatch(FORBIDDEN)
  expect((await page.locator('meta[name="description"]').getAttribute("content")) ?? "").not.toMatch(FORBIDDEN)
  expect(await page.title()).not.toMatch(FORBIDDEN)
}

/** Profile links on /makers, in page order: people first, the Collective last. */
async function makerLinks(page: Page) {
  await page.goto("/makers")
  const cards = page.getByRole("region", { name: "Daftar pembuat" }).getByRole("listitem")
  const links: { href: string; name: string }[] = []
  for (const card of await cards.all()) {
    links.push({
      href: (await card.getByRole("link").getAttribute("href")) ?? "",
      name: ((await card.getByRole("heading", { level: 2 }).textContent()) ?? "").trim(),
    })
  }
  return links
}

/**
 * The first maker (in /makers order) whose page shows a story and products. maker-hide.spec.ts takes the
 * last such maker, so the two files can run side by side when the seed has more than one.
 */
async function findMakerWithStoryAndProducts(page: Page) {
  const links = (await makerLinks(page)).slice(0, -1) // not the Collective
  for (const link of links) {
    await page.goto(link.href)
    const hasStory = await page.getByRole("heading", { level: 2, name: "Cerita" }).isVisible()
    const products = page.getByRole("region", { name: `Karya ${link.name}` }).getByRole("listitem")
    if (hasStory && (await products.count()) > 0) return { ...link, products }
  }
  throw new Error("No maker on /makers shows both a story and products: check the seed's makers and consents.")
}

test("/makers lists the makers, the Collective last", async ({ page }) => {
  const response = await page.goto("/")
  expect(response?.status()).toBe(200)
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Pembuat" }).click()
  await expect(page).toHaveURL(/\/makers$/)
  await expect(page).toHaveTitle(/Para pembuat/)
  await expect(page.getByRole("heading", { level: 1, name: "Para pembuat" })).toBeVisible()

  const links = await makerLinks(page)
  expect(links.length).toBeGreaterThanOrEqual(2)
  for (const { href, name } of links) {
    expect(href).toMatch(/^\/makers\/[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(name).not.toBe("")
  }
  expect(links.at(-1)?.name).toMatch(/Kolektif/)
  await expectNoForbiddenWords(page)
})

test("a maker's page shows her story and her products with prices", async ({ page }) => {
  const maker = await findMakerWithStoryAndProducts(page)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(maker.name)
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(maker.name)} · Rumah Karya$`))
  const story = page.getByRole("region", { name: "Cerita" })
  expect(((await story.locator("p").first().textContent()) ?? "").trim().length).toBeGreaterThan(10)
  await expect(maker.products.first()).toContainText("Rp")
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", new RegExp(escapeRegExp(maker.name)))
  await expectNoForbiddenWords(page)
})

test("a product page names its maker and links to her page", async ({ page }) => {
  const maker = await findMakerWithStoryAndProducts(page)
  const title = ((await maker.products.first().getByRole("heading", { level: 3 }).textContent()) ?? "").trim()
  await maker.products.first().getByRole("link").click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title)

  const card = page.getByRole("link", { name: new RegExp(`^Dibuat oleh ${escapeRegExp(maker.name)}(\\s|$)`) })
  await expect(card).toHaveAttribute("href", maker.href)
  await expectNoForbiddenWords(page)
  await card.click()
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(maker.href)}$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(maker.name)
})

test("the Collective's page describes work made together", async ({ page }) => {
  const collective = (await makerLinks(page)).at(-1)!
  const response = await page.goto(collective.href)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(collective.name)
  await expect(page.getByRole("heading", { level: 2, name: "Karya bersama" })).toBeVisible()
})

test("an unknown or impossible maker handle gets the 404 page", async ({ page }) => {
  for (const path of ["/makers/pembuat-yang-tidak-ada", "/makers/Bukan%20Handle"]) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible()
  }
})
