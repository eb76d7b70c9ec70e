import { withBankTransfer } from "../regions-bank-transfer"

describe("regions get bank transfer", () => {
  it("replaces the system placeholder and keeps real providers", () => {
    expect(withBankTransfer(["pp_system_default"])).toEqual(["pp_bank-transfer_bank-transfer"])
    expect(withBankTransfer(["pp_stripe_stripe", "pp_system_default"])).toEqual([
      "pp_stripe_stripe",
      "pp_bank-transfer_bank-transfer",
    ])
  })

  it("changes nothing the second time", () => {
    const once = withBankTransfer(["pp_system_default"])
    expect(withBankTransfer(once)).toEqual(once)
  })
})
