import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// Reads of the product ↔ maker link (ids only), shared by workflows, routes and the product middleware.

/**
 * The link's entry point for query.graph (`ProductMakerLink.entryPoint` of src/links/product-maker.ts).
 * Named here rather than imported: importing a link file registers the link, and code that tests import
 * directly (the seed) must not register it a second time beside Medusa's own loader.
 */
export const PRODUCT_MAKER_ENTRY_POINT = "product_maker"

type Scope = Pick<MedusaContainer, "resolve">

interface LinkRow {
  product_id: string
  maker_id: string
}

async function linkRows(scope: Scope, filters: Record<string, string[]>): Promise<LinkRow[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: PRODUCT_MAKER_ENTRY_POINT,
    fields: ["product_id", "maker_id"],
    filters,
  })
  return data as LinkRow[]
}

/** The maker of each given product (products without a maker are absent from the map). */
export async function makerIdByProduct(scope: Scope, productIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(productIds)]
  if (!ids.length) return new Map()
  const rows = await linkRows(scope, { product_id: ids })
  // Exactly one maker per product is the rule the workflows keep; should two links ever exist, the answer
  // must still be stable, so the smallest maker id wins.
  const result = new Map<string, string>()
  for (const row of rows.sort((a, b) => (a.maker_id < b.maker_id ? -1 : 1))) {
    if (!result.has(row.product_id)) result.set(row.product_id, row.maker_id)
  }
  return result
}

/** Every maker linked to each given product (one, when the rule holds). */
export async function makerIdsByProduct(scope: Scope, productIds: string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(productIds)]
  const result = new Map<string, string[]>(ids.map((id) => [id, []]))
  if (!ids.length) return result
  for (const row of await linkRows(scope, { product_id: ids })) result.get(row.product_id)?.push(row.maker_id)
  return result
}

/** The ids of each given maker's products. */
export async function productIdsByMaker(scope: Scope, makerIds: string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(makerIds)]
  const result = new Map<string, string[]>(ids.map((id) => [id, []]))
  if (!ids.length) return result
  for (const row of await linkRows(scope, { maker_id: ids })) result.get(row.maker_id)?.push(row.product_id)
  return result
}
