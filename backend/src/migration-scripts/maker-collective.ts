import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assignOrphanProductsToCollective } from "../workflows/utils/assign-orphan-products"

/**
 * Runs once per database with `medusa db:migrate`: every store, demo or not, has the Collective, and every
 * product that existed before the maker module belongs to it until staff give it to its maker.
 */
export default async function makerCollective({ container }: { container: MedusaContainer }) {
  const assigned = await assignOrphanProductsToCollective(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Makers: the Collective is ready; ${assigned} existing products assigned to it`)
}
