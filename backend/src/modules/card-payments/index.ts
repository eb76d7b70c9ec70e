import { Module } from "@medusajs/framework/utils"
import CardPaymentsModuleService from "./service"

export const CARD_PAYMENTS_MODULE = "card_payments"

export default Module(CARD_PAYMENTS_MODULE, {
  service: CardPaymentsModuleService,
})

export type { default as CardPaymentsModuleService } from "./service"
export type { IntentSnapshot, WebhookOutcome } from "./types"
