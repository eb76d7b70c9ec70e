import { model } from "@medusajs/framework/utils"

/**
 * Each Stripe webhook event that was handled, so a redelivery of the same event (Stripe retries, or delivers
 * twice) is acknowledged without acting again. `outcome` says what the event led to.
 */
const StripeWebhookEvent = model
  .define("stripe_webhook_event", {
    id: model.id({ prefix: "stwh" }).primaryKey(),
    event_id: model.text(),
    type: model.text(),
    payment_intent_id: model.text().nullable(),
    outcome: model.enum(["synced", "unknown_intent", "ignored"]),
  })
  .indexes([{ on: ["event_id"], unique: true }])

export default StripeWebhookEvent
