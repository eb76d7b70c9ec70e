import { DEMO_BANK_ACCOUNT, accountFromPaymentData, bankAccountFromEnv, payeeAccount, resolveBankTransferOptions } from "../options"

describe("bank transfer account", () => {
  it("falls back to the clearly fake demo account for each missing or blank item", () => {
    expect(resolveBankTransferOptions(undefined)).toEqual(DEMO_BANK_ACCOUNT)
    expect(resolveBankTransferOptions(bankAccountFromEnv({ BANK_TRANSFER_BANK_NAME: " Bank Sumut ", BANK_TRANSFER_ACCOUNT_NUMBER: "  " }))).toEqual({
      ...DEMO_BANK_ACCOUNT,
      bank_name: "Bank Sumut",
    })
  })

  it("keeps the account in payment data under names apart from makers' private payout fields", () => {
    const data = { account: payeeAccount(DEMO_BANK_ACCOUNT) }
    expect(JSON.stringify(data)).not.toMatch(/"bank_name"|"bank_account_number"|"bank_account_holder"/)
    expect(accountFromPaymentData(data)).toEqual(DEMO_BANK_ACCOUNT)
    expect(accountFromPaymentData(null)).toEqual({ bank_name: undefined, account_name: undefined, account_number: undefined })
  })
})
