import { revalidationTags } from "../revalidate-storefront"

describe("revalidation tags", () => {
  it("names the maker list, each handle whose page changed, and the products", () => {
    expect(revalidationTags(["kak-melati"])).toEqual(["makers", "maker:kak-melati", "products"])
    expect(revalidationTags(["old-name", "new-name", "new-name", ""])).toEqual([
      "makers",
      "maker:old-name",
      "maker:new-name",
      "products",
    ])
  })
})
