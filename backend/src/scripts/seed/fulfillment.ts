import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { INTERNATIONAL_COUNTRIES, type StoreSetup } from "./store-setup"

const MANUAL_PROVIDER = "manual_manual"

/** Flat-rate courier per region, in the region's currency (major units). */
const COURIER_PRICES = { idr: 25000, usd: 18 }

/** The Medan workshop: stock location, its delivery zones and shipping options. */
export async function setUpFulfillment(container: MedusaContainer, setup: StoreSetup): Promise<string> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)

  const {
    result: [workshop],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Workshop Medan",
          address: { address_1: "Workshop Rumah Karya", city: "Medan", province: "Sumatera Utara", country_code: "id" },
        },
      ],
    },
  })

  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: workshop.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_PROVIDER },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: workshop.id, add: [setup.salesChannelId] },
  })

  const existingProfiles = await fulfillmentModule.listShippingProfiles({ type: "default" })
  const shippingProfile =
    existingProfiles[0] ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
    ).result[0]

  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Pengiriman dari Medan",
    type: "shipping",
    service_zones: [
      { name: "Indonesia", geo_zones: [{ type: "country", country_code: "id" }] },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: workshop.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const internationalSet = await fulfillmentModule.createFulfillmentSets({
    name: "International shipping from Medan",
    type: "shipping",
    service_zones: [
      {
        name: "International",
        geo_zones: INTERNATIONAL_COUNTRIES.map((country_code) => ({
          type: "country" as const,
          country_code,
        })),
      },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: workshop.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: internationalSet.id },
  })

  const indonesiaZone = fulfillmentSet.service_zones[0].id
  const internationalZone = internationalSet.service_zones[0].id
  const enabledInStore = [
    { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
    { attribute: "is_return", operator: "eq" as const, value: "false" },
  ]

  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Kurir (tarif rata)",
        price_type: "flat",
        provider_id: MANUAL_PROVIDER,
        service_zone_id: indonesiaZone,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Kurir", description: "Dikirim dalam 2–5 hari kerja.", code: "courier" },
        prices: [
          { currency_code: "idr", amount: COURIER_PRICES.idr },
          { region_id: setup.regionIds.indonesia, amount: COURIER_PRICES.idr },
        ],
        rules: enabledInStore,
      },
      {
        name: "Ambil di Workshop Medan",
        price_type: "flat",
        provider_id: MANUAL_PROVIDER,
        service_zone_id: indonesiaZone,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Ambil sendiri", description: "Ambil di workshop kami di Medan.", code: "pickup" },
        prices: [
          { currency_code: "idr", amount: 0 },
          { region_id: setup.regionIds.indonesia, amount: 0 },
        ],
        rules: enabledInStore,
      },
      {
        name: "International courier (flat rate)",
        price_type: "flat",
        provider_id: MANUAL_PROVIDER,
        service_zone_id: internationalZone,
        shipping_profile_id: shippingProfile.id,
        type: { label: "Courier", description: "Tracked, 7–14 business days.", code: "courier-international" },
        prices: [
          { currency_code: "usd", amount: COURIER_PRICES.usd },
          { region_id: setup.regionIds.international, amount: COURIER_PRICES.usd },
        ],
        rules: enabledInStore,
      },
    ],
  })

  logger.info("Seed: stock location Workshop Medan with courier and pickup shipping options")
  return workshop.id
}
