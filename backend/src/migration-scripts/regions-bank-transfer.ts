import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_ID } from "../modules/bank-transfer/options"
import { updateRegionPaymentProviders } from "../workflows/utils/region-payment-providers"

/** Medusa's placeholder provider, which stood for bank transfer before the bank-transfer provider existed. */
const SYSTEM_PROVIDER_ID = "pp_system_default"

/** A region's providers with bank transfer in place of the placeholder; other providers (e.g. Stripe) stay. */
export function withBankTransfer(providerIds: string[]): string[] {
  return [...new Set([...providerIds.filter((id) => id !== SYSTEM_PROVIDER_ID), BANK_TRANSFER_PROVIDER_ID])]
}

/**
 * Runs once per database with `medusa db:migrate`: regions of a store created before the bank-transfer
 * provider get it, in place of the system placeholder. Regions that already have it are left alone, so it
 * changes nothing on a second run; on a fresh database there are no regions yet and the seed sets them up.
 */
export default async function regionsBankTransfer({ container }: { container: MedusaContainer }) {
  const { updated, total } = await updateRegionPaymentProviders(container, withBankTransfer)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Payments: bank transfer offered in every region (${updated} of ${total} regions updated)`)
}
