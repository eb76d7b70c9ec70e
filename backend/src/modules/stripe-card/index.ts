import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeCardProviderService from "./service"

export { STRIPE_PROVIDER_ID } from "./options"

/** Payment provider `pp_stripe_stripe`: card payments through Stripe, captured at checkout. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeCardProviderService],
})
