import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  updateApiKeysWorkflow,
  updateSalesChannelsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER_ID } from "../../modules/bank-transfer/options"
import { offerCardPayments } from "../../workflows/utils/region-payment-providers"

export const STOREFRONT_KEY_TITLE = "Storefront"

/** Countries served by the International (USD) region; Indonesia has its own IDR region. */
export const INTERNATIONAL_COUNTRIES = ["sg", "my", "au", "nz", "jp", "kr", "us", "ca", "gb", "nl", "de", "fr"]

export interface StoreSetup {
  salesChannelId: string
  regionIds: { indonesia: string; international: string }
  publishableKey: string
}

/** Regions (IDR default, USD), the online sales channel and the storefront's publishable key. */
export async function setUpStore(container: MedusaContainer): Promise<StoreSetup> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)

  const [store] = await storeModule.listStores()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  // Medusa creates a default sales channel and a publishable key linked to it on first boot: give them our names.
  const {
    data: [defaultKey],
  } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "sales_channels.id"],
    filters: { type: "publishable", revoked_at: null },
  })
  const salesChannelId = store.default_sales_channel_id ?? defaultKey?.sales_channels?.[0]?.id
  if (!defaultKey || !salesChannelId) throw new Error("Seed: Medusa's default sales channel and publishable key are missing")
  await updateSalesChannelsWorkflow(container).run({
    input: { selector: { id: salesChannelId }, update: { name: "Toko Online", description: "The online store" } },
  })
  await updateApiKeysWorkflow(container).run({
    input: { selector: { id: defaultKey.id }, update: { title: STOREFRONT_KEY_TITLE } },
  })

  const {
    result: [indonesia, international],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Indonesia",
          currency_code: "idr",
          countries: ["id"],
          payment_providers: [BANK_TRANSFER_PROVIDER_ID],
          automatic_taxes: true,
        },
        {
          name: "International",
          currency_code: "usd",
          countries: INTERNATIONAL_COUNTRIES,
          payment_providers: [BANK_TRANSFER_PROVIDER_ID],
          automatic_taxes: true,
        },
      ],
    },
  })

  const cards = await offerCardPayments(container)
  logger.info(cards.enabled ? "Seed: card payments through Stripe offered in both regions" : "Seed: bank transfer only (Stripe is not configured)")

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Rumah Karya",
        supported_currencies: [
          { currency_code: "idr", is_default: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: salesChannelId,
        default_region_id: indonesia.id,
      },
    },
  })

  await createTaxRegionsWorkflow(container).run({
    input: ["id", ...INTERNATIONAL_COUNTRIES].map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  logger.info("Seed: regions Indonesia (IDR) and International (USD), sales channel and publishable key")
  return {
    salesChannelId,
    regionIds: { indonesia: indonesia.id, international: international.id },
    publishableKey: defaultKey.token,
  }
}
