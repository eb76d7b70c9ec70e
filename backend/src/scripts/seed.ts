import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createDemoAdmin } from "./seed/admin-user"
import { importCatalogue } from "./seed/catalogue-import"
import { setUpFulfillment } from "./seed/fulfillment"
import { seedDemoMakers } from "./seed/makers-import"
import { setUpStore } from "./seed/store-setup"

/** Set on the store when the demo data is complete; the start script reads it to seed only once. */
export const SEEDED_MARKER = "demo_seeded_at"

/**
 * Creates the demo store once: regions, sales channel, publishable key, the Medan workshop with shipping,
 * categories, products with locally drawn pictures, stock, the makers of those products, and the demo admin.
 * A second run changes nothing.
 */
export default async function seedDemoStore({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const regionModule = container.resolve(Modules.REGION)

  const [store] = await storeModule.listStores()
  if (store.metadata?.[SEEDED_MARKER]) {
    // A store seeded before the maker module gets its demo makers now; otherwise this changes nothing.
    await seedDemoMakers(container)
    logger.info("Seed: demo data already present, nothing to do")
    return
  }
  if ((await regionModule.listRegions({}, { take: 1 })).length) {
    throw new Error(
      "Seed: the database holds a partly created demo store. Delete the .data folder (or drop the database) and start again."
    )
  }

  const setup = await setUpStore(container)
  const stockLocationId = await setUpFulfillment(container, setup)
  await importCatalogue(container, setup, stockLocationId)
  await seedDemoMakers(container)
  await createDemoAdmin(container)
  await storeModule.updateStores(store.id, {
    metadata: { ...store.metadata, [SEEDED_MARKER]: new Date().toISOString() },
  })
  logger.info("Seed: demo store ready")
}
