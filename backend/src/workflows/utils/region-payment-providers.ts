import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_PROVIDER_ID } from "../../modules/stripe-card/options"

/** Sets each region's payment providers to `next(current)`; regions it leaves unchanged are not written. */
export async function updateRegionPaymentProviders(
  container: MedusaContainer,
  next: (current: string[]) => string[]
): Promise<{ updated: number; total: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "payment_providers.id"] })
  let updated = 0
  for (const region of regions) {
    const current = (region.payment_providers ?? []).map((provider: { id: string } | null) => provider!.id)
    const wanted = next(current)
    if (current.length === wanted.length && wanted.every((id) => current.includes(id))) continue
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: wanted } },
    })
    updated += 1
  }
  return { updated, total: regions.length }
}

/**
 * Every region offers card payment when the Stripe provider is configured (medusa-config.ts); nothing changes
 * otherwise. Safe to run any number of times: the seed and `scripts/enable-card-payments.ts` call it.
 */
export async function offerCardPayments(container: MedusaContainer): Promise<{ enabled: boolean; updated: number }> {
  const payment = container.resolve(Modules.PAYMENT)
  const [provider] = await payment.listPaymentProviders({ id: STRIPE_PROVIDER_ID, is_enabled: true })
  if (!provider) return { enabled: false, updated: 0 }
  const { updated } = await updateRegionPaymentProviders(container, (current) => [
    ...new Set([...current, STRIPE_PROVIDER_ID]),
  ])
  return { enabled: true, updated }
}
