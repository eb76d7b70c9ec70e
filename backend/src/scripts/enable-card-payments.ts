import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { offerCardPayments } from "../workflows/utils/region-payment-providers"

/**
 * `medusa exec ./src/scripts/enable-card-payments.ts`: after setting STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET on
 * an existing store, every region offers card payment. scripts/start.mjs runs it on each start with Stripe set.
 */
export default async function enableCardPayments({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { enabled, updated } = await offerCardPayments(container)
  logger.info(
    enabled
      ? `Payments: card payment offered in every region (${updated} regions updated)`
      : "Payments: Stripe is not configured (STRIPE_API_KEY, STRIPE_WEBHOOK_SECRET); nothing changed"
  )
}
