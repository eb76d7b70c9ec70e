import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"

process.env.MEDUSA_BACKEND_URL = "http://backend.test:9000"
process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test_maker"

const {
  createMakerProduct,
  getMakerProduct,
  getPriceHint,
  listMakerOrderItems,
  listMakerProducts,
  markOrderItemReady,
  setMakerProductPaused,
  updateMakerProduct,
  uploadMakerPhoto,
} = await import("./maker")

const fetchMock = vi.fn<typeof fetch>()
const TOKEN = "tok.en.value"

function answer(status: number, body: unknown) {
  fetchMock.mockResolvedValueOnce(
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
  )
}

function sent(call = 0) {
  const [input, init] = fetchMock.mock.calls[call]
  return {
    url: String(input),
    method: init?.method ?? "GET",
    headers: new Headers(init?.headers),
    body: typeof init?.body === "string" ? JSON.parse(init.body) : init?.body,
    init: init as RequestInit & { duplex?: string },
  }
}

beforeEach(() => {
  fetchMock.mockReset()
  vi.stubGlobal("fetch", fetchMock)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

const variants = [
  { width: 800, height: 600, url: "http://backend.test:9000/static/maker-uploads/a-800.webp" },
  { width: 400, height: 300, url: "http://backend.test:9000/static/maker-uploads/a-400.webp" },
]

const rawProduct = {
  id: "prod_01",
  handle: "buket-mawar",
  title: "Buket mawar",
  description: null,
  category: "buket-bunga",
  status: "returned",
  review_note: "Fotonya kurang terang.",
  price_idr: 150000,
  stock: 3,
  made_to_order: false,
  lead_time_days: null,
  images: [{ id: "img_1", upload_id: "mkrupl_1", url: variants[0].url, width: 800, height: 600, variants }],
  thumbnail: variants[1].url,
  updated_at: "2026-11-01T10:00:00Z",
  created_at: "2026-10-30T10:00:00Z",
}

const product = {
  id: "prod_01",
  handle: "buket-mawar",
  title: "Buket mawar",
  description: null,
  category: "buket-bunga",
  status: "returned",
  reviewNote: "Fotonya kurang terang.",
  priceIdr: 150000,
  stock: 3,
  madeToOrder: false,
  leadTimeDays: null,
  images: [
    {
      id: "img_1",
      uploadId: "mkrupl_1",
      url: variants[0].url,
      width: 800,
      height: 600,
      // Smallest first, whatever order the backend sent.
      variants: [variants[1], variants[0]],
    },
  ],
  thumbnail: variants[1].url,
  updatedAt: "2026-11-01T10:00:00Z",
  createdAt: "2026-10-30T10:00:00Z",
}

describe("her products", () => {
  it("lists them with her token and reads the contract's shape", async () => {
    answer(200, { products: [rawProduct] })
    expect(await listMakerProducts(TOKEN)).toEqual({ ok: true, products: [product] })
    const request = sent()
    expect(request.url).toBe("http://backend.test:9000/maker/products")
    expect(request.method).toBe("GET")
    expect(request.headers.get("authorization")).toBe(`Bearer ${TOKEN}`)
  })

  it("reads an unknown status as waiting for staff, never as in the shop, and a product without extras", async () => {
    answer(200, { products: [{ ...rawProduct, status: "draft_x", review_note: "  ", images: null, made_to_order: null, stock: null }] })
    const result = await listMakerProducts(TOKEN)
    expect(result.ok && result.products[0]).toMatchObject({ status: "in_review", reviewNote: null, images: [], madeToOrder: false, stock: 0 })
  })

  it("reads one product; the backend's 404 (not hers) is notFound, 401 unauthorized", async () => {
    answer(200, { product: rawProduct })
    expect(await getMakerProduct(TOKEN, "prod_01")).toEqual({ ok: true, product })
    expect(sent().url).toBe("http://backend.test:9000/maker/products/prod_01")
    answer(404, { type: "not_found", message: "Product not found" })
    expect(await getMakerProduct(TOKEN, "prod_02")).toEqual({ ok: false, reason: "notFound" })
    answer(401, { message: "Unauthorized" })
    expect(await getMakerProduct(TOKEN, "prod_01")).toEqual({ ok: false, reason: "unauthorized" })
    answer(500, { message: "boom" })
    expect(await getMakerProduct(TOKEN, "prod_01")).toEqual({ ok: false, reason: "error" })
  })

  it("counts an unreachable backend or a malformed answer as an error, not a logout", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await listMakerProducts(TOKEN)).toEqual({ ok: false, reason: "error" })
    answer(200, { nothing: true })
    expect(await listMakerProducts(TOKEN)).toEqual({ ok: false, reason: "error" })
  })

  it("creates one with exactly the contract's fields, nothing undefined", async () => {
    answer(201, { product: { ...rawProduct, status: "in_review", review_note: null } })
    const input = {
      title: "Buket mawar",
      description: undefined,
      category: "buket-bunga",
      price_idr: 150000,
      made_to_order: false,
      stock: 3,
      upload_ids: ["mkrupl_1", "mkrupl_2"],
    }
    const result = await createMakerProduct(TOKEN, input)
    expect(result.ok && result.product.status).toBe("in_review")
    const request = sent()
    expect(request.url).toBe("http://backend.test:9000/maker/products")
    expect(request.method).toBe("POST")
    expect(request.body).toEqual({
      title: "Buket mawar",
      category: "buket-bunga",
      price_idr: 150000,
      made_to_order: false,
      stock: 3,
      upload_ids: ["mkrupl_1", "mkrupl_2"],
    })
  })

  it("maps a refused body to invalid", async () => {
    answer(400, { type: "invalid_data", message: "Invalid request: upload_ids" })
    expect(await createMakerProduct(TOKEN, { title: "x", category: "y", price_idr: 1, made_to_order: true, upload_ids: [] })).toEqual({
      ok: false,
      reason: "invalid",
    })
  })

  it("names the fields the backend's refusal is about (its own messages, never shown to her)", async () => {
    answer(400, {
      type: "invalid_data",
      message: "Invalid request: Field 'title' must be 2 to 80 characters; Field 'price_idr' must be a whole number of rupiah from 1000 to 100000000",
    })
    expect(await createMakerProduct(TOKEN, { title: "x", category: "buket-bunga", price_idr: 1, made_to_order: true, upload_ids: ["a"] })).toEqual({
      ok: false,
      reason: "invalid",
      fields: ["title", "price_idr"],
    })
    answer(400, { type: "invalid_data", message: "Unknown photo" })
    const photo = await updateMakerProduct(TOKEN, "prod_01", { upload_ids: ["mkrupl_x"] })
    expect(photo).toEqual({ ok: false, reason: "invalid", fields: ["upload_ids"] })
  })

  it("changes only what is sent", async () => {
    answer(200, { product: rawProduct })
    await updateMakerProduct(TOKEN, "prod_01", { price_idr: 175000 })
    expect(sent().url).toBe("http://backend.test:9000/maker/products/prod_01")
    expect(sent().method).toBe("POST")
    expect(sent().body).toEqual({ price_idr: 175000 })
  })

  it("pauses and resumes; a wrong state is invalid", async () => {
    answer(200, { product: { ...rawProduct, status: "paused" } })
    const paused = await setMakerProductPaused(TOKEN, "prod_01", true)
    expect(paused.ok && paused.product.status).toBe("paused")
    expect(sent(0).url).toBe("http://backend.test:9000/maker/products/prod_01/pause")
    answer(400, { type: "invalid_data", message: "This product must be reviewed again" })
    expect(await setMakerProductPaused(TOKEN, "prod_01", false)).toEqual({ ok: false, reason: "invalid" })
    expect(sent(1).url).toBe("http://backend.test:9000/maker/products/prod_01/resume")
  })
})

describe("the price hint", () => {
  it("asks by craft and gives the range of similar products", async () => {
    const hint = { category: "buket-bunga", count: 4, min: 85000, max: 225000, median: 150000 }
    answer(200, { hint })
    expect(await getPriceHint(TOKEN, "buket-bunga")).toEqual({ ok: true, hint })
    expect(sent().url).toBe("http://backend.test:9000/maker/price-hint?category=buket-bunga")
  })

  it("is no hint when nothing similar is published", async () => {
    answer(200, { hint: { category: "hiasan-pintu", count: 0, min: null, max: null, median: null } })
    expect(await getPriceHint(TOKEN, "hiasan-pintu")).toEqual({ ok: true, hint: null })
  })
})

describe("her orders", () => {
  const rawItem = {
    id: "ordli_1",
    order_id: "order_1",
    order_display_id: 42,
    placed_at: "2026-12-01T03:00:00Z",
    product_id: "prod_01",
    title: "Buket mawar",
    variant_title: null,
    thumbnail: null,
    quantity: 2,
    made_to_order: true,
    due_by: "2026-12-12T03:00:00Z",
    status: "to_make",
    ready_at: null,
  }

  it("lists her items in paid orders", async () => {
    answer(200, { items: [rawItem] })
    expect(await listMakerOrderItems(TOKEN)).toEqual({
      ok: true,
      items: [
        {
          id: "ordli_1",
          orderId: "order_1",
          orderDisplayId: 42,
          placedAt: "2026-12-01T03:00:00Z",
          productId: "prod_01",
          title: "Buket mawar",
          variantTitle: null,
          thumbnail: null,
          quantity: 2,
          madeToOrder: true,
          dueBy: "2026-12-12T03:00:00Z",
          status: "to_make",
          readyAt: null,
        },
      ],
    })
    expect(sent().url).toBe("http://backend.test:9000/maker/orders")
  })

  it("marks one ready", async () => {
    answer(200, { item: { ...rawItem, status: "ready", ready_at: "2026-12-05T03:00:00Z" } })
    const result = await markOrderItemReady(TOKEN, "ordli_1")
    expect(result.ok && result.item.status).toBe("ready")
    expect(sent().url).toBe("http://backend.test:9000/maker/orders/items/ordli_1/ready")
    expect(sent().method).toBe("POST")
    answer(404, { type: "not_found", message: "Not found" })
    expect(await markOrderItemReady(TOKEN, "ordli_9")).toEqual({ ok: false, reason: "notFound" })
  })
})

describe("uploadMakerPhoto", () => {
  const upload = {
    id: "mkrupl_1",
    width: 800,
    height: 600,
    placeholder: { color: "#a0522d" },
    variants: [variants[1], variants[0]],
  }
  const stream = () => new Blob(["--b\r\n...photo...\r\n--b--\r\n"]).stream()

  it("streams the multipart body to the backend with her token and the browser's boundary", async () => {
    answer(201, { upload })
    const result = await uploadMakerPhoto(TOKEN, stream(), "multipart/form-data; boundary=b")
    expect(result).toEqual({
      ok: true,
      upload: { id: "mkrupl_1", width: 800, height: 600, placeholderColor: "#a0522d", variants: [variants[1], variants[0]] },
    })
    const request = sent()
    expect(request.url).toBe("http://backend.test:9000/maker/uploads")
    expect(request.method).toBe("POST")
    expect(request.headers.get("authorization")).toBe(`Bearer ${TOKEN}`)
    expect(request.headers.get("content-type")).toBe("multipart/form-data; boundary=b")
    expect(request.init.duplex).toBe("half")
  })

  it.each([
    [400, { type: "invalid_data", code: "unsupported_type", message: "The file is not a JPEG, PNG or WebP photo." }, 400, "unsupported_type"],
    [400, { type: "invalid_data", code: "corrupt", message: "…" }, 400, "corrupt"],
    [400, { type: "invalid_data", code: "something_new", message: "…" }, 502, "error"],
    [413, { type: "invalid_data", message: "too big" }, 413, "too_large"],
    [415, { message: "nope" }, 415, "unsupported_type"],
    [401, { message: "Unauthorized" }, 401, "unauthorized"],
    [500, { message: "Internal" }, 502, "error"],
  ] as const)("passes on a %i refusal by its code", async (status, body, answered, code) => {
    answer(status, body)
    expect(await uploadMakerPhoto(TOKEN, stream(), "multipart/form-data; boundary=b")).toEqual({ ok: false, status: answered, code })
  })

  it("says error when the backend can't be reached", async () => {
    fetchMock.mockRejectedValueOnce(new TypeError("fetch failed"))
    expect(await uploadMakerPhoto(TOKEN, stream(), "multipart/form-data; boundary=b")).toEqual({ ok: false, status: 502, code: "error" })
  })
})
