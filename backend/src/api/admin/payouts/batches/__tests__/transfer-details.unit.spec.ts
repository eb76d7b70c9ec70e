import { transferDetails } from "../helpers"

describe("transferDetails", () => {
  const bank = { payout_method: "bank", bank_name: "BRI", bank_account_number: "0127-01", bank_account_holder: "Rosmaida", legal_name: "R" }
  const ewallet = { payout_method: "ewallet", ewallet_provider: "DANA", ewallet_number: "+62812", bank_account_holder: null, legal_name: "Siti" }

  it("gives the bank's holder, bank and account, or the e-wallet's provider and number", () => {
    expect(transferDetails(bank)).toEqual({ method: "bank", name: "Rosmaida", bank: "BRI", account: "0127-01" })
    expect(transferDetails(ewallet)).toEqual({ method: "ewallet", name: "Siti", bank: "DANA", account: "+62812" })
  })

  it("is null when anything needed is missing, never guessed", () => {
    expect(transferDetails(undefined)).toBeNull()
    expect(transferDetails({ ...bank, payout_method: null })).toBeNull()
    expect(transferDetails({ ...bank, bank_account_number: " " })).toBeNull()
    expect(transferDetails({ ...bank, bank_account_holder: null })).toBeNull()
    expect(transferDetails({ ...ewallet, ewallet_number: null })).toBeNull()
    expect(transferDetails({ ...ewallet, legal_name: null })).toBeNull()
  })
})
