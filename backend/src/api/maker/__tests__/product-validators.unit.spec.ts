import { MakerCreateProduct, MakerUpdateProduct } from "../products/validators"

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.message).join("; ")

const good = {
  title: "  Buket Mawar  ",
  category: "buket-bunga",
  price_idr: 185000,
  made_to_order: false,
  stock: 2,
  upload_ids: ["mkrupl_1"],
}

describe("new product body", () => {
  it("accepts a product from stock and one made to order, trimming text", () => {
    expect(MakerCreateProduct.parse(good)).toMatchObject({ title: "Buket Mawar", stock: 2 })
    const { stock: _s, ...toOrder } = good
    expect(MakerCreateProduct.parse({ ...toOrder, made_to_order: true, lead_time_days: 14, description: " " })).toMatchObject({
      lead_time_days: 14,
      description: null,
    })
  })

  it.each([
    [{ ...good, title: 123456 }, /title/, "123456"],
    [{ ...good, category: "sepatu" }, /category/, "sepatu"],
    [{ ...good, price_idr: "98765" }, /price_idr/, "98765"],
    [{ ...good, stock: 4242 }, /stock/, "4242"],
    [{ ...good, upload_ids: "mkrupl_secret" }, /upload_ids/, "mkrupl_secret"],
  ])("refuses %j without repeating the value", (body, message, value) => {
    const result = MakerCreateProduct.safeParse(body)
    expect(result.success).toBe(false)
    expect(messages(result)).toMatch(message)
    expect(messages(result)).not.toContain(value)
  })

  it("needs stock from stock, a lead time made to order, and no unknown field", () => {
    const { stock: _s, ...noStock } = good
    expect(messages(MakerCreateProduct.safeParse(noStock))).toBe("Field 'stock' is required unless made to order")
    expect(messages(MakerCreateProduct.safeParse({ ...good, made_to_order: true }))).toBe(
      "Field 'lead_time_days' is required for made to order"
    )
    expect(MakerCreateProduct.safeParse({ ...good, status: "published" }).success).toBe(false)
  })
})

describe("edit body", () => {
  it("takes any one field, refuses none and unknown ones", () => {
    expect(MakerUpdateProduct.parse({ stock: 0 })).toEqual({ stock: 0 })
    expect(messages(MakerUpdateProduct.safeParse({}))).toBe("Change at least one field")
    expect(MakerUpdateProduct.safeParse({ status: "published" }).success).toBe(false)
    expect(MakerUpdateProduct.safeParse({ maker_id: "mkr_x" }).success).toBe(false)
  })
})
