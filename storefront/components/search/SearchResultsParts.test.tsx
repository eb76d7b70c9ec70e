// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { readSearchView } from "@/lib/search-view"
import { SearchEmpty } from "./SearchEmpty"
import { ActiveFilters, SearchFacets, SearchForm } from "./SearchFilters"
import { SearchPagination } from "./SearchPagination"

afterEach(cleanup)

const facets = {
  categories: [
    { handle: "buket-bunga", name: "Bouquets", count: 12 },
    { handle: "hiasan-dinding", name: "Wall decor", count: 3 },
  ],
  makers: [{ handle: "sari", name: "Sari", count: 5 }],
  price: { min: 50000, max: 350000 },
  inStock: 9,
}

describe("SearchForm", () => {
  it("is a GET form carrying the words, price range, stock, sort and the chosen facets", () => {
    const view = readSearchView({ q: "mawar", category: "buket-bunga", min_price: "100000", sort: "price_asc" })
    const { container } = render(<SearchForm locale="en" currency="idr" view={view} facets={facets} />)
    const form = container.querySelector("form")!
    expect(form.getAttribute("method")).toBe("get")
    expect(form.getAttribute("action")).toBe("/en/search")
    const data = Object.fromEntries(new FormData(form) as unknown as Iterable<[string, string]>)
    expect(data).toEqual({ q: "mawar", category: "buket-bunga", min_price: "100000", max_price: "", sort: "price_asc" })
    expect(screen.getByRole("checkbox", { name: "Ready to ship (9)" })).toBeTruthy()
    expect((screen.getByRole("textbox", { name: "To" }) as HTMLInputElement).placeholder).toBe("350000")
    expect(screen.getByRole("group", { name: "Price (IDR)" })).toBeTruthy()
  })
})

describe("SearchFacets", () => {
  it("links each category and maker with its count, marks the chosen one and links back to all", () => {
    const view = readSearchView({ q: "mawar", category: "buket-bunga", page: "2" })
    render(<SearchFacets locale="id" view={view} facets={facets} />)
    const categories = screen.getByRole("region", { name: "Kategori" })
    expect(within(categories).getByRole("link", { name: "Semua kategori" }).getAttribute("href")).toBe("/search?q=mawar")
    expect(within(categories).getByText("Bouquets").closest("[aria-current]")).toBeTruthy()
    expect(within(categories).getByRole("link", { name: "Wall decor (3)" }).getAttribute("href")).toBe(
      "/search?q=mawar&category=hiasan-dinding"
    )
    const makers = screen.getByRole("region", { name: "Pembuat" })
    expect(within(makers).getByRole("link", { name: "Sari (5)" }).getAttribute("href")).toBe(
      "/search?q=mawar&category=buket-bunga&maker=sari"
    )
  })
})

describe("ActiveFilters", () => {
  it("shows each filter as a link that removes it, and one to remove them all", () => {
    const view = readSearchView({ q: "mawar", category: "buket-bunga", min_price: "100000", max_price: "200000", in_stock: "1" })
    render(<ActiveFilters locale="id" currency="idr" view={view} names={{ category: "Buket Bunga" }} />)
    expect(screen.getByRole("link", { name: "Hapus filter: Buket Bunga" }).getAttribute("href")).toBe(
      "/search?q=mawar&min_price=100000&max_price=200000&in_stock=1"
    )
    const price = screen.getByRole("link", { name: /^Hapus filter: Rp/ })
    expect(price.getAttribute("href")).toBe("/search?q=mawar&category=buket-bunga&in_stock=1")
    expect(price.textContent).toContain("100.000")
    expect(screen.getByRole("link", { name: "Hapus semua filter" }).getAttribute("href")).toBe("/search?q=mawar")
  })

  it("shows nothing without filters", () => {
    const { container } = render(<ActiveFilters locale="id" currency="idr" view={readSearchView({ q: "x" })} names={{}} />)
    expect(container.innerHTML).toBe("")
  })
})

describe("SearchPagination", () => {
  it("links pages around the current one, keeping the view", () => {
    const view = readSearchView({ q: "buket", sort: "newest", page: "6" })
    render(<SearchPagination locale="en" view={view} page={6} pages={20} />)
    expect(screen.getByRole("link", { name: "Previous" }).getAttribute("href")).toBe("/en/search?q=buket&sort=newest&page=5")
    expect(screen.getByRole("link", { name: "Next" }).getAttribute("href")).toBe("/en/search?q=buket&sort=newest&page=7")
    expect(screen.getByRole("link", { name: "Page 1" }).getAttribute("href")).toBe("/en/search?q=buket&sort=newest")
    expect(screen.getByRole("link", { name: "Page 20" })).toBeTruthy()
    expect(screen.queryByRole("link", { name: "Page 2" })).toBeNull()
    expect(screen.getByText("6").getAttribute("aria-current")).toBe("page")
  })

  it("is absent for one page", () => {
    const { container } = render(<SearchPagination locale="en" view={readSearchView({})} page={1} pages={1} />)
    expect(container.innerHTML).toBe("")
  })
})

describe("SearchEmpty", () => {
  const categories = [{ handle: "buket-bunga", name: "Buket Bunga" }]

  it("helps after a search with no results: spelling tips, did-you-mean and categories", () => {
    render(
      <SearchEmpty
        locale="id"
        view={readSearchView({ q: "bukett" })}
        mode="none"
        didYouMean={[{ title: "Buket Mawar", href: "/products/buket-mawar" }]}
        categories={categories}
      />
    )
    expect(screen.getByRole("heading", { name: "Tidak ada hasil untuk “bukett”" })).toBeTruthy()
    expect(screen.getByText("Periksa ejaan kata yang Anda ketik.")).toBeTruthy()
    expect(screen.getByRole("link", { name: "Buket Mawar" }).getAttribute("href")).toBe("/products/buket-mawar")
    expect(screen.getByRole("link", { name: "Buket Bunga" }).getAttribute("href")).toBe("/categories/buket-bunga")
  })

  it("offers the same search without filters when filters left nothing", () => {
    render(
      <SearchEmpty
        locale="en"
        view={readSearchView({ q: "bale", maker: "sari", in_stock: "1" })}
        mode="none"
        didYouMean={[]}
        categories={categories}
      />
    )
    expect(screen.getByRole("heading", { name: "No crafts match these filters" })).toBeTruthy()
    expect(screen.getByRole("link", { name: "Search without filters" }).getAttribute("href")).toBe("/en/search?q=bale")
    expect(screen.getByRole("link", { name: "Buket Bunga" }).getAttribute("href")).toBe("/en/categories/buket-bunga")
  })

  it("prompts for words before any search", () => {
    render(<SearchEmpty locale="en" view={readSearchView({})} mode="prompt" didYouMean={[]} categories={[]} />)
    expect(screen.getByText(/Type the name of a craft/)).toBeTruthy()
    expect(screen.queryByRole("heading")).toBeNull()
  })
})
