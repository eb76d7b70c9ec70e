/** The account buyers transfer to. Shown to buyers after they order; not a secret. */
export interface BankTransferOptions {
  bank_name: string
  account_name: string
  account_number: string
}

export { BANK_TRANSFER_CONFIG_ID, BANK_TRANSFER_IDENTIFIER, BANK_TRANSFER_PROVIDER_ID } from "./constants"

/** Clearly fake demo account, used when the environment names none. */
export const DEMO_BANK_ACCOUNT: BankTransferOptions = {
  bank_name: "Bank Contoh",
  account_name: "Yayasan Rumah Karya",
  account_number: "0000-1234-5678",
}

/** The account named by BANK_TRANSFER_BANK_NAME, BANK_TRANSFER_ACCOUNT_NAME and BANK_TRANSFER_ACCOUNT_NUMBER. */
export function bankAccountFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<BankTransferOptions> {
  return {
    bank_name: env.BANK_TRANSFER_BANK_NAME,
    account_name: env.BANK_TRANSFER_ACCOUNT_NAME,
    account_number: env.BANK_TRANSFER_ACCOUNT_NUMBER,
  }
}

/** Fills each missing or blank item of the account with the demo value. */
export function resolveBankTransferOptions(options: Partial<BankTransferOptions> | undefined): BankTransferOptions {
  const pick = (key: keyof BankTransferOptions) => {
    const value = options?.[key]
    return typeof value === "string" && value.trim() ? value.trim() : DEMO_BANK_ACCOUNT[key]
  }
  return { bank_name: pick("bank_name"), account_name: pick("account_name"), account_number: pick("account_number") }
}

/** The account as kept in payment data: `{ bank, name, number }`. */
export interface PayeeAccount {
  bank: string
  name: string
  number: string
}

export const payeeAccount = (options: BankTransferOptions): PayeeAccount => ({
  bank: options.bank_name,
  name: options.account_name,
  number: options.account_number,
})

/** Reads the account back from payment data; missing items are left out. */
export function accountFromPaymentData(data: Record<string, unknown> | null | undefined): Partial<BankTransferOptions> {
  const account = (data?.account ?? {}) as Record<string, unknown>
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined)
  return { bank_name: text(account.bank), account_name: text(account.name), account_number: text(account.number) }
}

export const isDemoAccount = (options: BankTransferOptions) =>
  options.account_number === DEMO_BANK_ACCOUNT.account_number
