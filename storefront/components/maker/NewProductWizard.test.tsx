// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { MESSAGES } from "@/lib/i18n/messages"
import { wizardStrings } from "@/lib/maker/product-page-props"
import type { UploadOutcome, Uploader } from "@/lib/maker/upload-photo"
import { NewProductWizard } from "./NewProductWizard"
import { ProductStatusBadge } from "./ProductStatusBadge"

const m = vi.hoisted(() => ({ submitNewProduct: vi.fn() }))
vi.mock("@/lib/maker/product-actions", () => ({ submitNewProduct: m.submitNewProduct }))

const ID = MESSAGES.id.maker
const strings = wizardStrings("id", {
  "buket-bunga": { category: "buket-bunga", count: 3, min: 85000, max: 225000, median: 120000 },
})

const uploaded = (id: string): UploadOutcome => ({
  ok: true,
  upload: {
    id,
    width: 800,
    height: 600,
    placeholderColor: "#a0522d",
    variants: [{ width: 400, height: 300, url: `/static/maker-uploads/${id}-400.webp` }],
  },
})

function photoFile(name = "foto.jpg") {
  return new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], name, { type: "image/jpeg" })
}

async function choosePhotos(...files: File[]) {
  const input = document.querySelector("input[type=file]") as HTMLInputElement
  await act(async () => {
    fireEvent.change(input, { target: { files } })
  })
}

async function click(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }))
  })
}

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
  })
}

const heading = () => screen.getByRole("heading", { level: 2 }).textContent

beforeEach(() => {
  m.submitNewProduct.mockReset()
  sessionStorage.clear()
  URL.createObjectURL = vi.fn(() => "blob:preview")
  URL.revokeObjectURL = vi.fn()
})

afterEach(() => cleanup())

describe("the new product wizard", () => {
  it("starts with the photo button, and won't go on without a photo", async () => {
    render(<NewProductWizard locale="id" strings={strings} upload={vi.fn<Uploader>()} />)
    expect(screen.getByText("Langkah 1 dari 7")).toBeTruthy()
    expect(heading()).toBe(ID.newProduct.photosTitle)
    const input = document.querySelector("input[type=file]") as HTMLInputElement
    expect(input.accept).toBe("image/jpeg,image/png,image/webp,image/heic")
    expect(input.multiple).toBe(true)
    expect(screen.getByText("Ambil/Pilih foto")).toBeTruthy()
    await click("Lanjut")
    expect(screen.getByText(ID.productErrors.photosRequired)).toBeTruthy()
    expect(heading()).toBe(ID.newProduct.photosTitle)
  })

  it("sends each photo at once, shows the backend's refusal in her words, and lets her remove it", async () => {
    const upload = vi.fn<Uploader>(async (file) => (file.name === "besar.jpg" ? { ok: false, code: "too_large" } : uploaded("mkrupl_1")))
    render(<NewProductWizard locale="id" strings={strings} upload={upload} />)
    await choosePhotos(photoFile("bagus.jpg"), photoFile("besar.jpg"))
    expect(upload).toHaveBeenCalledTimes(2)
    expect(screen.getByRole("alert").textContent).toBe(ID.uploadErrors.too_large)
    expect(screen.getAllByRole("img", { name: /Foto \d/ })).toHaveLength(2)
    await click(/Hapus\s+Foto 2/)
    expect(screen.queryByText(ID.uploadErrors.too_large)).toBeNull()
    expect(screen.getAllByRole("listitem")).toHaveLength(1)
    // The button now adds more.
    expect(screen.getByText("Tambah foto")).toBeTruthy()
  })

  it("shows progress while a photo travels", async () => {
    let progress: (fraction: number) => void = () => {}
    const upload = vi.fn<Uploader>(
      (_file, onProgress) =>
        new Promise(() => {
          progress = onProgress
        })
    )
    render(<NewProductWizard locale="id" strings={strings} upload={upload} />)
    await choosePhotos(photoFile())
    await act(async () => progress(0.45))
    expect(screen.getByRole("status").textContent).toContain("Mengirim… 45%")
    expect((screen.getByRole("progressbar") as HTMLProgressElement).value).toBe(45)
  })

  it("goes step by step, keeps what she typed when she goes back, and checks each step", async () => {
    render(<NewProductWizard locale="id" strings={strings} upload={async () => uploaded("mkrupl_1")} />)
    await choosePhotos(photoFile())
    await click("Lanjut")
    expect(heading()).toBe(ID.newProduct.nameTitle)
    expect(screen.getByText("Langkah 2 dari 7")).toBeTruthy()

    await click("Lanjut")
    expect(screen.getByText(ID.productErrors.titleRequired)).toBeTruthy()
    await type("Nama", "Buket mawar merah")
    await click("Lanjut")
    expect(heading()).toBe(ID.newProduct.categoryTitle)

    await click("Kembali")
    expect((screen.getByLabelText("Nama") as HTMLInputElement).value).toBe("Buket mawar merah")
    await click("Lanjut")

    // Kinds of craft as pictures with words.
    const bouquet = screen.getByRole("radio", { name: "Buket bunga" })
    expect(screen.getAllByRole("radio")).toHaveLength(4)
    await act(async () => {
      fireEvent.click(bouquet)
    })
    await click("Lanjut")
    expect(heading()).toBe(ID.newProduct.priceTitle)
    expect(screen.getByText("Produk serupa: Rp 85.000 – Rp 225.000".replace(/ /g, " "), { normalizer: (s) => s.replace(/\s/g, " ") }))
    await type("Harga (Rp)", "500")
    await click("Lanjut")
    expect(screen.getByText(ID.productErrors.priceTooLow)).toBeTruthy()
    await type("Harga (Rp)", "150000")
    await click("Lanjut")

    expect(heading()).toBe(ID.newProduct.stockTitle)
    await act(async () => {
      fireEvent.click(screen.getByRole("radio", { name: "Dibuat sesuai pesanan" }))
    })
    await type("Berapa hari untuk membuat?", "7")
    await click("Lanjut")
    expect(heading()).toBe(ID.newProduct.descriptionTitle)
    await click("Lanjut")

    expect(heading()).toBe(ID.newProduct.reviewTitle)
    const review = document.querySelector(".maker-review")!.textContent!.replace(/\s/g, " ")
    expect(review).toContain("Buket mawar merah")
    expect(review).toContain("Buket bunga")
    expect(review).toContain("Rp 150.000")
    expect(review).toContain("Dibuat sesuai pesanan, 7 hari")
    // What the server action receives.
    const form = document.querySelector("form") as HTMLFormElement
    const data = new FormData(form)
    expect(data.getAll("upload_ids")).toEqual(["mkrupl_1"])
    expect(Object.fromEntries([...data].filter(([k]) => k !== "upload_ids"))).toEqual({
      locale: "id",
      title: "Buket mawar merah",
      category: "buket-bunga",
      price: "150000",
      stock_mode: "made_to_order",
      stock: "",
      lead_time_days: "7",
      description: "",
    })

    // "Ubah" goes back to that step, with her value still there.
    await click(/Ubah\s+Harga/)
    expect((screen.getByLabelText("Harga (Rp)") as HTMLInputElement).value).toBe("150000")
  })
})

describe("her draft", () => {
  it("comes back after the page was unloaded (the camera, the back button), photos and words", async () => {
    const first = render(<NewProductWizard locale="id" strings={strings} upload={async () => uploaded("mkrupl_7")} />)
    await choosePhotos(photoFile())
    await click("Lanjut")
    await type("Nama", "Hiasan pintu natal")
    first.unmount()

    render(<NewProductWizard locale="id" strings={strings} upload={vi.fn<Uploader>()} />)
    await act(async () => {})
    expect(heading()).toBe(ID.newProduct.nameTitle)
    expect((screen.getByLabelText("Nama") as HTMLInputElement).value).toBe("Hiasan pintu natal")
    await click("Kembali")
    expect(screen.getByRole("img", { name: "Foto 1" }).getAttribute("src")).toBe("/static/maker-uploads/mkrupl_7-400.webp")
  })
})

describe("the status badge", () => {
  it("shows an icon and a word", () => {
    const { container } = render(<ProductStatusBadge status="in_review" label={ID.status.in_review} />)
    expect(screen.getByText("Menunggu diperiksa")).toBeTruthy()
    const badge = container.querySelector(".maker-badge")!
    expect(badge.classList.contains("maker-badge-in_review")).toBe(true)
    expect(badge.querySelector("svg[aria-hidden=true]")).toBeTruthy()
  })

  it("has a look of its own for each status", () => {
    const classes = (["in_review", "live", "returned", "sold_out", "paused"] as const).map((status) => {
      const { container } = render(<ProductStatusBadge status={status} label={ID.status[status]} />)
      return container.querySelector(".maker-badge")!.innerHTML
    })
    expect(new Set(classes).size).toBe(5)
  })
})
