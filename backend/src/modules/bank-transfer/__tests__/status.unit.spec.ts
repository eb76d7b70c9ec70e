import { bankTransferStatus } from "../status"

describe("bank transfer status", () => {
  it("awaits payment until staff capture it", () => {
    expect(bankTransferStatus("pending", {})).toBe("awaiting_payment")
    expect(bankTransferStatus("pending", { captured_at: "2025-11-28T10:00:00Z" })).toBe("paid")
  })

  it("is canceled when the order or the payment is", () => {
    expect(bankTransferStatus("canceled", {})).toBe("canceled")
    expect(bankTransferStatus("pending", { canceled_at: new Date() })).toBe("canceled")
  })
})
