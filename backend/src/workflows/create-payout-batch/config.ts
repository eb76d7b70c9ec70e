import { normalizeCurrency, toMinor } from "@rumah-karya/ledger"
import { MedusaError } from "@medusajs/framework/utils"

/** The smallest payout per currency, in major units, unless set by env (PAYOUT_MINIMUM_IDR, PAYOUT_MINIMUM_USD). */
const DEFAULT_MINIMUMS: Record<string, string> = { IDR: "50000", USD: "5" }

/**
 * The payout minimum of a currency in minor units, read from the environment each time (so a change needs no
 * code): below it, her available money waits for the next batch. A value that is not an amount is a setup error.
 */
export function payoutMinimum(currency: string): number {
  const code = normalizeCurrency(currency)
  const raw = process.env[`PAYOUT_MINIMUM_${code}`]?.trim() || DEFAULT_MINIMUMS[code]
  if (raw === undefined) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No payout minimum is configured for ${code} (PAYOUT_MINIMUM_${code})`)
  }
  try {
    const minor = toMinor(raw, code)
    if (minor < 0) throw new Error("negative")
    return minor
  } catch {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `PAYOUT_MINIMUM_${code} must be an amount in ${code} (major units, e.g. ${DEFAULT_MINIMUMS[code] ?? "100"})`
    )
  }
}
