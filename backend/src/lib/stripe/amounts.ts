import type { BigNumberInput } from "@medusajs/framework/types"
import {
  getAmountFromSmallestUnit,
  getSmallestUnit,
} from "@medusajs/payment-stripe/dist/utils/get-smallest-unit"

/**
 * Medusa keeps decimal major units; Stripe counts in its own smallest unit per currency (hundredths for both
 * IDR and USD). These are the conversions Medusa's own Stripe provider uses, so both sides always agree.
 */
export function toStripeAmount(amount: BigNumberInput, currency: string): number {
  return getSmallestUnit(amount, currency)
}

export function fromStripeAmount(amount: number, currency: string): number {
  return getAmountFromSmallestUnit(amount, currency)
}
