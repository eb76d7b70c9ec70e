import { beforeEach, describe, expect, it, vi } from "vitest"
import { MESSAGES } from "../i18n/messages"
import { MAKER_IDLE } from "./form-state"

const m = vi.hoisted(() => ({
  createMakerProduct: vi.fn(),
  updateMakerProduct: vi.fn(),
  setMakerProductPaused: vi.fn(),
  markOrderItemReady: vi.fn(),
  token: null as string | null,
}))

vi.mock("../medusa/maker", () => ({
  createMakerProduct: m.createMakerProduct,
  updateMakerProduct: m.updateMakerProduct,
  setMakerProductPaused: m.setMakerProductPaused,
  markOrderItemReady: m.markOrderItemReady,
}))
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "rk_maker" && m.token ? { name, value: m.token } : undefined) }),
}))
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url })
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { url: "404" })
  },
}))

const { saveProductPhotos, saveProductPrice, saveProductStock, setProductPaused, submitNewProduct } = await import("./product-actions")
const { markItemReady } = await import("./order-actions")

const ID = MESSAGES.id.maker
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6Im1rcl8xIn0.c2ln"

function form(fields: Record<string, string | string[]>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v)
  }
  return data
}

async function redirectedTo(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    (answer) => {
      throw new Error(`no redirect, answered ${JSON.stringify(answer)}`)
    },
    (error: { url?: string }) => error
  )
  return error.url!
}

const product = (status: string) => ({ ok: true, product: { id: "prod_01", status } })

beforeEach(() => {
  vi.clearAllMocks()
  m.token = TOKEN
})

describe("submitNewProduct", () => {
  const wizard = (fields: Record<string, string | string[]> = {}) =>
    form({
      locale: "id",
      upload_ids: ["mkrupl_1", "mkrupl_2"],
      title: "Buket mawar",
      category: "buket-bunga",
      price: "150.000",
      stock_mode: "made_to_order",
      stock: "",
      lead_time_days: "7",
      description: "",
      ...fields,
    })

  it("sends the product to staff with her token and shows \"Terkirim!\"", async () => {
    m.createMakerProduct.mockResolvedValue(product("in_review"))
    expect(await redirectedTo(submitNewProduct(MAKER_IDLE, wizard()))).toBe("/maker/products/sent")
    expect(m.createMakerProduct).toHaveBeenCalledWith(TOKEN, {
      title: "Buket mawar",
      description: undefined,
      category: "buket-bunga",
      price_idr: 150000,
      made_to_order: true,
      lead_time_days: 7,
      upload_ids: ["mkrupl_1", "mkrupl_2"],
    })
  })

  it("answers every problem in her words, on its field, without asking the backend", async () => {
    const state = await submitNewProduct(MAKER_IDLE, wizard({ upload_ids: [], title: "", price: "500", lead_time_days: "" }))
    expect(m.createMakerProduct).not.toHaveBeenCalled()
    expect(state).toEqual({
      status: "error",
      message: ID.errorSummary,
      fieldErrors: {
        upload_ids: ID.productErrors.photosRequired,
        title: ID.productErrors.titleRequired,
        price: ID.productErrors.priceTooLow,
        lead_time_days: ID.productErrors.daysRequired,
      },
    })
  })

  it("says so when the backend refuses, or is away; her login ended → /maker/expired", async () => {
    m.createMakerProduct.mockResolvedValue({ ok: false, reason: "invalid" })
    expect(await submitNewProduct(MAKER_IDLE, wizard())).toEqual({ status: "error", message: ID.newProduct.refused })
    m.createMakerProduct.mockResolvedValue({ ok: false, reason: "error" })
    expect(await submitNewProduct(MAKER_IDLE, wizard())).toEqual({ status: "error", message: ID.error })
    m.createMakerProduct.mockResolvedValue({ ok: false, reason: "unauthorized" })
    expect(await redirectedTo(submitNewProduct(MAKER_IDLE, wizard({ locale: "en" })))).toBe("/en/maker/expired")
  })

  it("points at the fields the backend refused, so the wizard can go back to them", async () => {
    m.createMakerProduct.mockResolvedValue({ ok: false, reason: "invalid", fields: ["upload_ids", "price_idr"] })
    expect(await submitNewProduct(MAKER_IDLE, wizard())).toEqual({
      status: "error",
      message: ID.errorSummary,
      fieldErrors: { upload_ids: ID.productRefused.upload_ids, price: ID.productRefused.price },
    })
  })

  it("sends her to log in when there is no login cookie", async () => {
    m.token = null
    expect(await redirectedTo(submitNewProduct(MAKER_IDLE, wizard()))).toBe("/maker/login")
    expect(m.createMakerProduct).not.toHaveBeenCalled()
  })
})

describe("changing a product", () => {
  it("saves the price and goes back to the product saying so", async () => {
    m.updateMakerProduct.mockResolvedValue(product("live"))
    expect(await redirectedTo(saveProductPrice(form({ locale: "id", id: "prod_01", price: "Rp 175.000" })))).toBe(
      "/maker/products/prod_01?saved=price"
    )
    expect(m.updateMakerProduct).toHaveBeenCalledWith(TOKEN, "prod_01", { price_idr: 175000 })
  })

  it("says plainly when the change sent the product back to staff", async () => {
    m.updateMakerProduct.mockResolvedValue(product("in_review"))
    expect(await redirectedTo(saveProductPhotos(form({ locale: "id", id: "prod_01", upload_ids: ["mkrupl_3"] })))).toBe(
      "/maker/products/prod_01?saved=review"
    )
    expect(m.updateMakerProduct).toHaveBeenCalledWith(TOKEN, "prod_01", { upload_ids: ["mkrupl_3"] })
  })

  it("keeps what she typed when it is wrong", async () => {
    expect(await redirectedTo(saveProductPrice(form({ locale: "id", id: "prod_01", price: "500" })))).toBe(
      "/maker/products/prod_01/price?error=priceTooLow&price=500"
    )
    expect(
      await redirectedTo(saveProductStock(form({ locale: "id", id: "prod_01", stock_mode: "stock", stock: "abc", lead_time_days: "" })))
    ).toBe("/maker/products/prod_01/stock?error=numberInvalid&field=stock&stock_mode=stock&stock=abc")
    expect(await redirectedTo(saveProductPhotos(form({ locale: "id", id: "prod_01" })))).toBe(
      "/maker/products/prod_01/photos?error=photosRequired"
    )
    expect(m.updateMakerProduct).not.toHaveBeenCalled()
  })

  it("switches to made to order", async () => {
    m.updateMakerProduct.mockResolvedValue(product("live"))
    await redirectedTo(saveProductStock(form({ locale: "id", id: "prod_01", stock_mode: "made_to_order", stock: "3", lead_time_days: "14" })))
    expect(m.updateMakerProduct).toHaveBeenCalledWith(TOKEN, "prod_01", { made_to_order: true, lead_time_days: 14 })
  })

  it("shows 404 for a product that is not hers, and refuses an id that is no id", async () => {
    m.updateMakerProduct.mockResolvedValue({ ok: false, reason: "notFound" })
    expect(await redirectedTo(saveProductPrice(form({ locale: "id", id: "prod_02", price: "5000" })))).toBe("404")
    expect(await redirectedTo(saveProductPrice(form({ locale: "id", id: "../x", price: "5000" })))).toBe("/maker/products")
  })

  it("pauses and shows again; a product that must be checked first can't be shown again", async () => {
    m.setMakerProductPaused.mockResolvedValue(product("paused"))
    expect(await redirectedTo(setProductPaused(form({ locale: "id", id: "prod_01", paused: "true" })))).toBe(
      "/maker/products/prod_01?saved=paused"
    )
    expect(m.setMakerProductPaused).toHaveBeenCalledWith(TOKEN, "prod_01", true)
    m.setMakerProductPaused.mockResolvedValue({ ok: false, reason: "invalid" })
    expect(await redirectedTo(setProductPaused(form({ locale: "en", id: "prod_01", paused: "false" })))).toBe(
      "/en/maker/products/prod_01?error=resumeRefused"
    )
  })
})

describe("markItemReady", () => {
  it("tells staff the item is ready and says thank you", async () => {
    m.markOrderItemReady.mockResolvedValue({ ok: true, item: { id: "ordli_1", status: "ready" } })
    expect(await redirectedTo(markItemReady(form({ locale: "id", item: "ordli_1" })))).toBe("/maker/orders?ready=ordli_1")
    expect(m.markOrderItemReady).toHaveBeenCalledWith(TOKEN, "ordli_1")
  })

  it("says it was not saved when the backend is away", async () => {
    m.markOrderItemReady.mockResolvedValue({ ok: false, reason: "error" })
    expect(await redirectedTo(markItemReady(form({ locale: "id", item: "ordli_1" })))).toBe("/maker/orders?error=ready")
  })
})
