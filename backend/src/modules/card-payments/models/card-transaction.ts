import { model } from "@medusajs/framework/utils"

/**
 * A charge or refund as Stripe's balance transaction reports it: gross amount, Stripe's fee and the net that
 * reaches the organisation's Stripe balance. Figures are exactly Stripe's, in Stripe's smallest unit of
 * `currency` (hundredths, for IDR as for USD); the payouts ledger converts them once, at its boundary.
 * One row per Stripe charge or refund (stripe_id); rows are filled in, never edited afterwards.
 */
const CardTransaction = model
  .define("card_transaction", {
    id: model.id({ prefix: "cardtx" }).primaryKey(),
    kind: model.enum(["charge", "refund"]),
    stripe_id: model.text(),
    payment_intent_id: model.text(),
    payment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    balance_transaction_id: model.text(),
    currency: model.text(),
    amount: model.bigNumber(),
    fee: model.bigNumber(),
    net: model.bigNumber(),
    exchange_rate: model.text().nullable(),
  })
  .indexes([
    { on: ["stripe_id"], unique: true },
    { on: ["payment_intent_id"] },
    { on: ["order_id"] },
  ])

export default CardTransaction
