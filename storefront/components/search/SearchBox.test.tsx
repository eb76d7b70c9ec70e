// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { SearchBox } from "./SearchBox"

const strings = {
  label: "Cari karya",
  placeholder: "Cari buket…",
  submit: "Cari",
  suggestions: "Saran pencarian",
  suggestionsAvailable: "{count} saran",
}

const fetchMock = vi.fn<typeof fetch>()
const assign = vi.fn()

const SUGGESTIONS = [
  { title: "Buket Mawar Merah", href: "/products/buket-mawar-merah" },
  { title: "Buket Bunga Matahari", href: "/products/buket-matahari" },
  { title: "Buket Pengantin", href: "/products/buket-pengantin" },
]

beforeEach(() => {
  fetchMock.mockReset()
  fetchMock.mockImplementation(async () => Response.json({ suggestions: SUGGESTIONS }))
  vi.stubGlobal("fetch", fetchMock)
  assign.mockReset()
  vi.spyOn(window.location, "assign").mockImplementation(assign)
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function renderBox() {
  const view = render(<SearchBox action="/en/search" endpoint="/api/search/suggestions?locale=en" strings={strings} />)
  const input = screen.getByRole("combobox", { name: "Cari karya" }) as HTMLInputElement
  return { ...view, input }
}

async function typeAndWait(input: HTMLInputElement, value: string) {
  fireEvent.change(input, { target: { value } })
  await waitFor(() => expect(screen.getByRole("listbox", { name: "Saran pencarian" })).toBeTruthy())
}

describe("SearchBox", () => {
  it("is a plain GET form to the results page, so it works without JavaScript", () => {
    const { input, container } = renderBox()
    const form = container.querySelector("form")!
    expect(form.getAttribute("method")).toBe("get")
    expect(form.getAttribute("action")).toBe("/en/search")
    expect(form.getAttribute("role")).toBe("search")
    expect(input.name).toBe("q")
    expect(screen.getByRole("button", { name: "Cari" }).getAttribute("type")).toBe("submit")
    expect(input.getAttribute("aria-expanded")).toBe("false")
    expect(input.getAttribute("aria-autocomplete")).toBe("list")
  })

  it("shows suggestions after a pause in typing, asking once for the last words", async () => {
    const { input } = renderBox()
    fireEvent.change(input, { target: { value: "bu" } })
    fireEvent.change(input, { target: { value: "buk" } })
    fireEvent.change(input, { target: { value: "buke" } })
    expect(fetchMock).not.toHaveBeenCalled()
    await waitFor(() => expect(screen.getAllByRole("option")).toHaveLength(3))
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(String(fetchMock.mock.calls[0][0])).toBe("/api/search/suggestions?locale=en&q=buke")
    expect(input.getAttribute("aria-expanded")).toBe("true")
    expect(input.getAttribute("aria-controls")).toBe(screen.getByRole("listbox").id)
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(SUGGESTIONS.map((s) => s.title))
    expect(screen.getByRole("status").textContent).toBe("3 saran")
  })

  it("does not ask for one character", async () => {
    const { input } = renderBox()
    fireEvent.change(input, { target: { value: "b" } })
    await new Promise((r) => setTimeout(r, 250))
    expect(fetchMock).not.toHaveBeenCalled()
    expect(screen.queryByRole("listbox")).toBeNull()
  })

  it("moves through the suggestions with the arrows, wrapping, and opens the highlighted one with Enter", async () => {
    const { input } = renderBox()
    await typeAndWait(input, "buket")
    const options = () => screen.getAllByRole("option")
    expect(input.getAttribute("aria-activedescendant")).toBeNull()

    fireEvent.keyDown(input, { key: "ArrowDown" })
    expect(input.getAttribute("aria-activedescendant")).toBe(options()[0].id)
    expect(options()[0].getAttribute("aria-selected")).toBe("true")
    fireEvent.keyDown(input, { key: "ArrowDown" })
    fireEvent.keyDown(input, { key: "ArrowDown" })
    expect(input.getAttribute("aria-activedescendant")).toBe(options()[2].id)
    fireEvent.keyDown(input, { key: "ArrowDown" })
    expect(input.getAttribute("aria-activedescendant")).toBe(options()[0].id)
    fireEvent.keyDown(input, { key: "ArrowUp" })
    expect(input.getAttribute("aria-activedescendant")).toBe(options()[2].id)
    expect(options()[0].getAttribute("aria-selected")).toBe("false")

    fireEvent.keyDown(input, { key: "Enter" })
    expect(assign).toHaveBeenCalledWith("/products/buket-pengantin")
    expect(input.value).toBe("Buket Pengantin")
  })

  it("lets Enter search for the words typed when no suggestion is highlighted", async () => {
    const { input } = renderBox()
    await typeAndWait(input, "buket")
    const event = fireEvent.keyDown(input, { key: "Enter" })
    // Not prevented: the browser submits the form.
    expect(event).toBe(true)
    expect(assign).not.toHaveBeenCalled()
  })

  it("closes the list with Escape, then clears the box with a second Escape", async () => {
    const { input } = renderBox()
    await typeAndWait(input, "buket")
    fireEvent.keyDown(input, { key: "ArrowDown" })
    fireEvent.keyDown(input, { key: "Escape" })
    expect(input.getAttribute("aria-expanded")).toBe("false")
    expect(input.getAttribute("aria-activedescendant")).toBeNull()
    expect(screen.getByRole("listbox", { hidden: true }).hidden).toBe(true)
    expect(input.value).toBe("buket")

    // ArrowDown opens the list again.
    fireEvent.keyDown(input, { key: "ArrowDown" })
    expect(input.getAttribute("aria-expanded")).toBe("true")
    fireEvent.keyDown(input, { key: "Escape" })
    fireEvent.keyDown(input, { key: "Escape" })
    expect(input.value).toBe("")
  })

  it("opens a suggestion picked with the mouse", async () => {
    const { input } = renderBox()
    await typeAndWait(input, "buket")
    fireEvent.mouseDown(screen.getByRole("option", { name: "Buket Bunga Matahari" }))
    expect(assign).toHaveBeenCalledWith("/products/buket-matahari")
  })

  it("shows no list when the suggestion route fails", async () => {
    fetchMock.mockImplementation(async () => new Response("nope", { status: 500 }))
    const { input } = renderBox()
    fireEvent.change(input, { target: { value: "buket" } })
    await waitFor(() => expect(fetchMock).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 20))
    expect(input.getAttribute("aria-expanded")).toBe("false")
    expect(screen.queryAllByRole("option")).toHaveLength(0)
  })
})
