// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { photoStrings } from "@/lib/maker/product-page-props"
import { EditPhotosForm } from "./EditPhotosForm"

vi.mock("@/lib/maker/product-actions", () => ({ saveProductPhotos: vi.fn() }))

afterEach(() => cleanup())

const photo = (n: number) => ({
  key: `img_${n}`,
  state: "done" as const,
  progress: 1,
  uploadId: `mkrupl_${n}`,
  variants: [{ width: 400, height: 300, url: `/static/maker-uploads/${n}-400.webp` }],
})

const strings = {
  photos: photoStrings("id"),
  save: "Simpan",
  cancel: "Batal",
  waiting: "Tunggu, foto masih dikirim.",
  photosRequired: "Tambahkan 1 foto atau lebih.",
}

const kept = () => [...document.querySelectorAll<HTMLInputElement>("input[name=upload_ids]")].map((input) => input.value)

describe("changing a product's photos", () => {
  it("posts the photos she keeps, and needs at least one", async () => {
    render(<EditPhotosForm locale="id" productId="prod_1" initial={[photo(1), photo(2)]} cancelHref="/maker/products/prod_1" strings={strings} />)
    expect(kept()).toEqual(["mkrupl_1", "mkrupl_2"])
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /Hapus\s+Foto 1/ }))
    })
    expect(kept()).toEqual(["mkrupl_2"])
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /Hapus\s+Foto 1/ }))
    })
    expect(kept()).toEqual([])
    expect(screen.getByText("Tambahkan 1 foto atau lebih.")).toBeTruthy()
    expect((screen.getByRole("button", { name: "Simpan" }) as HTMLButtonElement).disabled).toBe(true)
  })
})
