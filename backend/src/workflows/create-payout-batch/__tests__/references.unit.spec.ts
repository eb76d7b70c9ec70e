import { findOrderReference } from "../../../modules/bank-transfer/reference"
import { payoutItemReference, reserveReference } from "../references"
import { payoutMinimum } from "../config"

describe("payout references", () => {
  it("are short, RKP-prefixed and never read as a buyer's order reference", () => {
    expect(payoutItemReference(12, 3)).toBe("RKP-12-3")
    expect(findOrderReference("TRSF DB RKP-12-3 KAK MELATI")).toBeNull()
    expect(() => payoutItemReference(0, 1)).toThrow(RangeError)
    expect(() => payoutItemReference(1, 1.5)).toThrow(RangeError)
  })

  it("name her n-th reserve in a currency", () => {
    expect(reserveReference("mkr_1", "IDR", 2)).toBe("payout_reserve:mkr_1:IDR:2")
  })
})

describe("payout minimums", () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
  })

  it("default to Rp 50.000 and US$ 5, in minor units, and follow the environment", () => {
    delete process.env.PAYOUT_MINIMUM_IDR
    delete process.env.PAYOUT_MINIMUM_USD
    expect(payoutMinimum("IDR")).toBe(50000)
    expect(payoutMinimum("usd")).toBe(500)
    process.env.PAYOUT_MINIMUM_USD = "12.50"
    expect(payoutMinimum("USD")).toBe(1250)
    process.env.PAYOUT_MINIMUM_IDR = "lima puluh ribu"
    expect(() => payoutMinimum("IDR")).toThrow("PAYOUT_MINIMUM_IDR must be an amount in IDR")
  })
})
