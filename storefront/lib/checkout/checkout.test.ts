import { describe, expect, it } from "vitest"
import { addressLines, countryName, indonesianToMedusa, internationalToMedusa, medusaToForm, splitName } from "./address"
import { cartIsUsable } from "./cart-rules"
import { cartErrorKind, stockMessage } from "./errors"
import { PROVINCES } from "./provinces"
import {
  GIFT_NOTE_MAX,
  emailSchema,
  fieldErrors,
  formValues,
  giftNoteSchema,
  indonesianAddressSchema,
  internationalAddressSchema,
  lineQuantitySchema,
  loginSchema,
  orderLookupSchema,
  quantitySchema,
  registerSchema,
} from "./schemas"

const goodId = {
  name: "  Rina Siregar ",
  phone: "0812-3456-7890",
  address: "Jl. Gatot Subroto No. 12",
  province: "Sumatera Utara",
  city: "Medan",
  district: "",
  postalCode: "20112",
}

const goodIntl = {
  name: "Sam Taylor",
  phone: "",
  country: "SG",
  address1: "10 Anson Road #12-01",
  address2: "",
  city: "Singapore",
  state: "",
  postalCode: "079903",
}

const errorsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0])

describe("Indonesia's provinces", () => {
  it("are the 38 provinces, each once", () => {
    expect(PROVINCES).toHaveLength(38)
    expect(new Set(PROVINCES).size).toBe(38)
    expect(PROVINCES).toContain("Papua Barat Daya")
  })
})

describe("the Indonesian address form", () => {
  it("accepts a complete address and normalises the phone to +62", () => {
    const result = indonesianAddressSchema.safeParse(goodId)
    expect(result.success).toBe(true)
    expect(result.data).toMatchObject({ name: "Rina Siregar", phone: "+6281234567890", district: "" })
    expect(indonesianAddressSchema.parse({ ...goodId, phone: "+62 812 3456 7890" }).phone).toBe("+6281234567890")
    expect(indonesianAddressSchema.parse({ ...goodId, phone: "6281234567890" }).phone).toBe("+6281234567890")
  })

  it("names every wrong field with a message key", () => {
    const result = indonesianAddressSchema.safeParse({
      ...goodId,
      name: " ",
      phone: "12345",
      province: "Sumatra",
      postalCode: "2011",
      city: "",
    })
    expect(errorsOf(result)).toEqual({
      name: "required",
      phone: "phoneId",
      province: "province",
      postalCode: "postalCodeId",
      city: "required",
    })
  })

  it("wants exactly five digits for the postal code", () => {
    for (const code of ["2011", "201122", "2011a", "20 112"]) {
      expect(errorsOf(indonesianAddressSchema.safeParse({ ...goodId, postalCode: code }))).toEqual({ postalCode: "postalCodeId" })
    }
  })

  it("becomes a Medusa address in Indonesia, the district as the second line", () => {
    const address = indonesianToMedusa(indonesianAddressSchema.parse({ ...goodId, district: "Medan Petisah" }))
    expect(address).toEqual({
      first_name: "Rina",
      last_name: "Siregar",
      phone: "+6281234567890",
      address_1: "Jl. Gatot Subroto No. 12",
      address_2: "Medan Petisah",
      city: "Medan",
      province: "Sumatera Utara",
      postal_code: "20112",
      country_code: "id",
    })
  })
})

describe("the international address form", () => {
  const schema = internationalAddressSchema(["sg", "us", "gb"])

  it("accepts the region's countries only", () => {
    expect(schema.safeParse(goodIntl).success).toBe(true)
    expect(errorsOf(schema.safeParse({ ...goodIntl, country: "id" }))).toEqual({ country: "country" })
    expect(errorsOf(schema.safeParse({ ...goodIntl, country: "" }))).toEqual({ country: "country" })
  })

  it("checks the phone only when given, and the postal code's shape", () => {
    expect(errorsOf(schema.safeParse({ ...goodIntl, phone: "call me" }))).toEqual({ phone: "phone" })
    expect(errorsOf(schema.safeParse({ ...goodIntl, postalCode: "" }))).toEqual({ postalCode: "required" })
    expect(errorsOf(schema.safeParse({ ...goodIntl, postalCode: "<script>" }))).toEqual({ postalCode: "postalCode" })
    expect(schema.safeParse({ ...goodIntl, postalCode: "SW1A 1AA", country: "gb" }).success).toBe(true)
  })

  it("becomes a Medusa address in that country", () => {
    expect(internationalToMedusa(schema.parse({ ...goodIntl, state: "", phone: "+65 6123 4567" }))).toEqual({
      first_name: "Sam",
      last_name: "Taylor",
      phone: "+65 6123 4567",
      address_1: "10 Anson Road #12-01",
      address_2: "",
      city: "Singapore",
      province: "",
      postal_code: "079903",
      country_code: "sg",
    })
  })
})

describe("addresses back to the form and to print", () => {
  it("fill the form of the same kind, and nothing of another country's", () => {
    const saved = indonesianToMedusa(indonesianAddressSchema.parse(goodId))
    expect(medusaToForm(saved, "id")).toMatchObject({ name: "Rina Siregar", postalCode: "20112", province: "Sumatera Utara" })
    expect(medusaToForm(saved, "intl")).toMatchObject({ name: "Rina Siregar", country: "" })
    expect(medusaToForm(null, "id")).toEqual({})
  })

  it("print as lines with the country's name", () => {
    const lines = addressLines(
      { first_name: "Sam", last_name: "Taylor", address_1: "10 Anson Road", city: "Singapore", postal_code: "079903", country_code: "sg" },
      (code) => countryName(code, "en-US")
    )
    expect(lines).toEqual(["Sam Taylor", "10 Anson Road", "Singapore, 079903", "Singapore"])
    expect(countryName("jp", "id-ID")).toBe("Jepang")
  })

  it("split a name into first and last", () => {
    expect(splitName("Siti")).toEqual({ first_name: "Siti", last_name: "" })
    expect(splitName(" Siti  Nur  Aisyah ")).toEqual({ first_name: "Siti", last_name: "Nur Aisyah" })
  })
})

describe("other fields", () => {
  it("email: trimmed, lower case, refused when malformed", () => {
    expect(emailSchema.parse("  Dewi@Example.COM ")).toBe("dewi@example.com")
    for (const bad of ["", "dewi", "dewi@", "dewi@example", "de wi@example.com"]) {
      expect(emailSchema.safeParse(bad).success, bad).toBe(false)
    }
  })

  it("gift note: at most 500 characters as a reader counts them", () => {
    expect(giftNoteSchema.safeParse("🌸".repeat(GIFT_NOTE_MAX)).success).toBe(true)
    expect(giftNoteSchema.safeParse("a".repeat(GIFT_NOTE_MAX + 1)).success).toBe(false)
    expect(giftNoteSchema.parse("  Selamat!  ")).toBe("Selamat!")
  })

  it("quantities: whole numbers up to 50; a cart line may go to 0", () => {
    expect(quantitySchema.parse("3")).toBe(3)
    expect(quantitySchema.safeParse("0").error?.issues[0].message).toBe("quantity")
    expect(quantitySchema.safeParse("1.5").error?.issues[0].message).toBe("quantity")
    expect(quantitySchema.safeParse("abc").error?.issues[0].message).toBe("quantity")
    expect(quantitySchema.safeParse("51").error?.issues[0].message).toBe("quantityMax")
    expect(lineQuantitySchema.parse("0")).toBe(0)
  })

  it("order lookup: the number as printed", () => {
    for (const n of ["RK-1001", "rk 1001", "#1001", "1001"]) {
      expect(orderLookupSchema.safeParse({ orderNumber: n, email: "a@b.co" }).success, n).toBe(true)
    }
    expect(errorsOf(orderLookupSchema.safeParse({ orderNumber: "ORDER-X", email: "a@b.co" }))).toEqual({ orderNumber: "orderNumber" })
  })

  it("accounts: a password of at least 8 characters", () => {
    expect(errorsOf(registerSchema.safeParse({ firstName: "Dewi", lastName: "", email: "d@e.co", password: "short" }))).toEqual({
      password: "passwordShort",
    })
    expect(registerSchema.safeParse({ firstName: "Dewi", lastName: "", email: "d@e.co", password: "long enough" }).success).toBe(true)
    expect(errorsOf(loginSchema.safeParse({ email: "", password: "" }))).toEqual({ email: "required", password: "required" })
  })

  it("form values: strings only, missing fields empty", () => {
    const form = new FormData()
    form.set("email", "a@b.co")
    form.set("file", new Blob(["x"]))
    expect(formValues(form, ["email", "name", "file"])).toEqual({ email: "a@b.co", name: "", file: "" })
  })
})

describe("backend refusals", () => {
  const fetchError = (status: number, message: string) => Object.assign(new Error(message), { status })

  it("are mapped to the buyer's messages", () => {
    expect(cartErrorKind(fetchError(400, "Some variant does not have the required inventory"))).toBe("insufficientInventory")
    expect(cartErrorKind(fetchError(400, "quantity must be a whole number of at most 50"))).toBe("quantityMax")
    expect(cartErrorKind(fetchError(400, "metadata.gift_note must be text of at most 500 characters"))).toBe("giftNoteTooLong")
    expect(cartErrorKind(fetchError(404, "Cart with id 'x' not found"))).toBe("cartGone")
    expect(cartErrorKind(fetchError(400, "Cart cart_1 is already completed."))).toBe("notAvailable")
    expect(cartErrorKind(fetchError(500, "boom"))).toBe("unknown")
    expect(cartErrorKind(new TypeError("fetch failed"))).toBe("unknown")
    expect(cartErrorKind("nonsense")).toBe("unknown")
  })

  it("say how many are left when the stock is known", () => {
    expect(stockMessage("insufficientInventory", 3)).toEqual({ key: "errors.onlyLeft", values: { count: 3 } })
    expect(stockMessage("insufficientInventory", 0)).toEqual({ key: "errors.soldOut" })
    expect(stockMessage("insufficientInventory", null)).toEqual({ key: "errors.insufficientInventory" })
    expect(stockMessage("unknown", 3)).toEqual({ key: "errors.unknown" })
  })
})

describe("the cart in the cookie", () => {
  it("is used only while open and not someone else's", () => {
    expect(cartIsUsable(null, null)).toBe(false)
    expect(cartIsUsable({ completed: true, customerId: null }, null)).toBe(false)
    expect(cartIsUsable({ completed: false, customerId: null }, null)).toBe(true)
    expect(cartIsUsable({ completed: false, customerId: null }, "cus_1")).toBe(true)
    expect(cartIsUsable({ completed: false, customerId: "cus_1" }, "cus_1")).toBe(true)
    expect(cartIsUsable({ completed: false, customerId: "cus_1" }, "cus_2")).toBe(false)
    expect(cartIsUsable({ completed: false, customerId: "cus_1" }, null)).toBe(false)
  })
})
