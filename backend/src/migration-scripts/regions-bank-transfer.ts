import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER_ID } from "../modules/bank-transfer/options"

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
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"] })

  let updated = 0
  for (const region of regions) {
    const current = (region.payment_providers ?? []).map((provider: { id: string } | null) => provider!.id)
    const next = withBankTransfer(current)
    if (current.length === next.length && next.every((id) => current.includes(id))) continue
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: next } },
    })
    updated += 1
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Payments: bank transfer offered in every region (${updated} of ${regions.length} regions updated)`)
}
