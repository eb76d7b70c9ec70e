import { AdminCreateMaker } from "../../../api/admin/makers/validators"
import { PRIVATE_FIELDS } from "../../../modules/maker/types"
import { products } from "../catalogue"
import { collectiveProducts, demoMakers } from "../makers"

describe("demo makers", () => {
  it("has at least six makers, with crafts that differ from one to another, and one hidden", () => {
    expect(demoMakers.length).toBeGreaterThanOrEqual(6)
    const craftSets = demoMakers.map((m) => [...m.crafts].sort().join("+"))
    expect(new Set(craftSets).size).toBeGreaterThanOrEqual(5)
    expect(new Set(demoMakers.flatMap((m) => m.crafts))).toEqual(new Set(["bouquet", "bale", "wall", "door"]))
    expect(demoMakers.filter((m) => m.hidden)).toHaveLength(1)
  })

  it("gives every catalogue product to exactly one maker or the Collective", () => {
    const assigned = [...demoMakers.flatMap((m) => m.products), ...collectiveProducts]
    expect(assigned.slice().sort()).toEqual(products.map((p) => p.handle).sort())
  })

  it("gives each maker only products of her crafts", () => {
    const kindOf = new Map(products.map((p) => [p.handle, p.kind]))
    for (const maker of demoMakers) {
      for (const handle of maker.products) expect(maker.crafts, `${maker.handle}: ${handle}`).toContain(kindOf.get(handle))
    }
  })

  it("fills every private field, and passes the admin API's own validation", () => {
    for (const maker of demoMakers) {
      for (const field of PRIVATE_FIELDS) expect(maker.private[field], `${maker.handle}.${field}`).toBeTruthy()
      const { palette, joined_at, consents, hidden, products: _, private: privateData, ...body } = maker
      expect(AdminCreateMaker.safeParse({ ...body, private: privateData, consents }).success, maker.handle).toBe(true)
    }
  })

  it("never puts the words the store keeps away from named makers into their stories", () => {
    for (const maker of demoMakers) {
      expect(`${maker.story_id} ${maker.story_en}`).not.toMatch(/survivor|trafficking|penyintas|perdagangan orang/i)
    }
  })
})
