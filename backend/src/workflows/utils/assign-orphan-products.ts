import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { makerIdByProduct } from "./product-makers"

const PAGE = 500

/**
 * Makes sure the Collective exists and gives it every product that has no maker yet (products created
 * before the maker module, or by a path that bypassed the product-created hook). Returns how many it gave.
 */
export async function assignOrphanProductsToCollective(container: MedusaContainer): Promise<number> {
  const { collective } = await container.resolve<MakerModuleService>(MAKER_MODULE).ensureCollective()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  let assigned = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({ entity: "product", fields: ["id"], pagination: { skip, take: PAGE, order: { id: "ASC" } } })
    if (!data.length) break
    const ids = data.map((product: { id: string }) => product.id)
    const makerOf = await makerIdByProduct(container, ids)
    const orphans = ids.filter((id) => !makerOf.has(id))
    if (orphans.length) {
      await link.create(
        orphans.map((product_id) => ({ [Modules.PRODUCT]: { product_id }, [MAKER_MODULE]: { maker_id: collective.id } }))
      )
      assigned += orphans.length
    }
    if (data.length < PAGE) break
  }
  return assigned
}
