import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import seedDemoStore from "../../src/scripts/seed"
import { DEMO_ADMIN } from "../../src/scripts/seed/admin-user"

process.env.DEMO_IMAGE_SIZE = "96"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regions: Record<string, { id: string; currency_code: string }>
    const store = (extra: Record<string, string> = {}) => ({ headers: { "x-publishable-api-key": key, ...extra } })

    // Seeded once: the runner snapshots the database after this hook and restores it before every test.
    beforeAll(async () => {
      const container = getContainer()
      await seedDemoStore({ container, args: [] })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "api_key", fields: ["token"], filters: { title: "Storefront" } })
      key = data[0].token
      const { data: regionRows } = await query.graph({ entity: "region", fields: ["id", "name", "currency_code"] })
      regions = Object.fromEntries(regionRows.map((r) => [r.name, r]))
    })

    it("sells at least 24 products in the three crafts, priced in IDR and USD", async () => {
      const { data } = await api.get(
        `/store/products?limit=100&region_id=${regions.Indonesia.id}&fields=handle,*categories,*variants.calculated_price`,
        store()
      )
      expect(data.count).toBeGreaterThanOrEqual(24)

      const { data: categories } = await api.get(
        "/store/product-categories?fields=handle,parent_category.handle&limit=50",
        store()
      )
      const parentOf = new Map<string, string>(
        categories.product_categories.map((c: any) => [c.handle, c.parent_category?.handle ?? c.handle])
      )
      expect(parentOf.get("hiasan-dinding")).toBe("dekorasi-botol-daur-ulang")
      expect(parentOf.get("hiasan-pintu")).toBe("dekorasi-botol-daur-ulang")
      const crafts = new Set(data.products.map((p: any) => parentOf.get(p.categories[0].handle)))
      expect(crafts).toEqual(new Set(["buket-bunga", "bale-pengantin", "dekorasi-botol-daur-ulang"]))

      for (const product of data.products) {
        expect(product.variants.length).toBeGreaterThan(0)
        for (const variant of product.variants) {
          expect(variant.calculated_price.currency_code).toBe("idr")
          expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
        }
      }

      const { data: usd } = await api.get(
        `/store/products?limit=1&region_id=${regions.International.id}&fields=*variants.calculated_price`,
        store()
      )
      expect(usd.products[0].variants[0].calculated_price.currency_code).toBe("usd")
    })

    it("rejects store requests without the publishable key", async () => {
      const response = await api.get("/store/products").catch((error: any) => error.response)
      expect(response.status).toBe(400)
    })

    it("has drawn pictures and stock at the Medan workshop for every product", async () => {
      const { data } = await api.get(
        "/store/products?limit=100&fields=handle,thumbnail,images.url,variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder",
        store()
      )
      const soldOut: string[] = []
      for (const product of data.products) {
        expect(product.thumbnail).toMatch(/\.webp$/)
        expect(product.images.length).toBeGreaterThan(0)
        // In stock, or made to order (backorders allowed); one demo product is sold out (docs/checkout-api.md).
        if (product.variants.every((v: any) => v.inventory_quantity > 0 || v.allow_backorder)) continue
        soldOut.push(product.handle)
      }
      expect(soldOut).toEqual(["hiasan-dinding-kupu-kupu"])
      const stockLocations = await getContainer().resolve(Modules.STOCK_LOCATION).listStockLocations({}, { relations: ["address"] })
      expect(stockLocations.map((l) => l.address?.city)).toEqual(["Medan"])
    })

    it("lets the demo admin log in", async () => {
      const { data: login } = await api.post("/auth/user/emailpass", DEMO_ADMIN)
      const { data } = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${login.token}` } })
      expect(data.user.email).toBe(DEMO_ADMIN.email)

      const wrong = await api
        .post("/auth/user/emailpass", { ...DEMO_ADMIN, password: "wrong" })
        .catch((error: any) => error.response)
      expect(wrong.status).toBe(401)
    })

    it("takes an order paid by manual bank transfer, with courier or workshop pickup", async () => {
      const { data: productData } = await api.get("/store/products?limit=1&fields=variants.id", store())
      const variantId = productData.products[0].variants[0].id

      const { data: cartData } = await api.post(
        "/store/carts",
        { region_id: regions.Indonesia.id, email: "pembeli@example.com" },
        store()
      )
      const cartId = cartData.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, store())
      const address = {
        first_name: "Sari",
        last_name: "Pembeli",
        address_1: "Jl. Contoh No. 1",
        city: "Medan",
        postal_code: "20111",
        country_code: "id",
        phone: "0800000000",
      }
      await api.post(`/store/carts/${cartId}`, { shipping_address: address, billing_address: address }, store())

      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
      const names = options.shipping_options.map((o: any) => o.name)
      expect(names).toEqual(expect.arrayContaining(["Kurir (tarif rata)", "Ambil di Workshop Medan"]))
      const courier = options.shipping_options.find((o: any) => o.name === "Kurir (tarif rata)")
      expect(courier.amount).toBe(25000)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: courier.id }, store())

      const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
      const { data: providers } = await api.get(`/store/payment-providers?region_id=${regions.Indonesia.id}`, store())
      expect(providers.payment_providers.map((p: any) => p.id)).toEqual(["pp_bank-transfer_bank-transfer"])
      await api.post(
        `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_bank-transfer_bank-transfer" },
        store()
      )

      const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
      expect(completed.type).toBe("order")
      expect(completed.order.currency_code).toBe("idr")
      expect(completed.order.total).toBeGreaterThan(25000)
    })

    it("does not duplicate anything when the seed runs again", async () => {
      const container = getContainer()
      const before = await api.get("/store/products?limit=1", store())
      await seedDemoStore({ container, args: [] })
      const after = await api.get("/store/products?limit=1", store())
      expect(after.data.count).toBe(before.data.count)
      expect(await container.resolve(Modules.REGION).listRegions()).toHaveLength(2)
      expect(await container.resolve(Modules.USER).listUsers()).toHaveLength(1)
    })
  },
})
