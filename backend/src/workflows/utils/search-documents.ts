import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { toSearchDocument } from "@rumah-karya/search"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import type { IndexedDocument } from "../../modules/search/providers/postgres"
import { makerIdByProduct } from "./product-makers"

type Scope = Pick<MedusaContainer, "resolve">

// What a search document is built from: explicit public product fields, never `*`. The maker comes only
// through the maker module's public view (listPublicSummaries): a hidden or unconsented maker is replaced by
// the Collective, so her name never reaches an index.
const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "metadata",
  "categories.handle",
  "categories.name",
  "categories.metadata",
  "options.values.value",
  "variants.id",
  "variants.metadata",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_rules.attribute",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Row = Record<string, any>

const str = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null)

/** The lowest base price (no price rules) of any variant in the currency, in major units. */
function lowestPrice(product: Row, currency: string): number | null {
  const amounts = (product.variants ?? []).flatMap((variant: Row) =>
    (variant?.prices ?? [])
      .filter((p: Row) => p?.currency_code === currency && !(p.price_rules ?? []).length)
      .map((p: Row) => Number(p.amount))
      .filter((n: number) => Number.isFinite(n))
  )
  return amounts.length ? Math.min(...amounts) : null
}

/** Some variant can be bought now: not inventory-managed, or enough stocked and unreserved. */
function inStock(product: Row): boolean {
  return (product.variants ?? []).some((variant: Row) => {
    if (!variant) return false
    if (variant.manage_inventory === false) return true
    const items = variant.inventory_items ?? []
    if (!items.length) return false
    return items.every((item: Row) => {
      const available = (item?.inventory?.location_levels ?? []).reduce(
        (sum: number, level: Row) => sum + Number(level?.stocked_quantity ?? 0) - Number(level?.reserved_quantity ?? 0),
        0
      )
      return available >= Number(item?.required_quantity ?? 1)
    })
  })
}

/** Colours and sizes (option values and their English names): searched at the lowest weight. */
function extraText(product: Row): string {
  const words = new Set<string>()
  for (const option of product.options ?? []) for (const value of option?.values ?? []) if (str(value?.value)) words.add(value.value)
  for (const variant of product.variants ?? [])
    for (const key of ["colour_en", "size_en"]) if (str(variant?.metadata?.[key])) words.add(variant.metadata[key])
  return [...words].join(" ")
}

/**
 * The search documents of the given products (all products when productIds is omitted): one per PUBLISHED
 * product, from public fields only. Products not returned (deleted, draft, in review) must leave the index:
 * `removed` lists them.
 */
export async function buildSearchDocuments(
  scope: Scope,
  productIds?: string[]
): Promise<{ documents: IndexedDocument[]; removed: string[] }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = productIds ? [...new Set(productIds)] : undefined
  if (ids && !ids.length) return { documents: [], removed: [] }
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: ids ? { id: ids } : {},
  })
  const products = (data as Row[]).filter((p) => p.status === ProductStatus.PUBLISHED)
  const makerOf = await makerIdByProduct(scope, products.map((p) => p.id))
  const { byMaker, collective } = await scope
    .resolve<MakerModuleService>(MAKER_MODULE)
    .listPublicSummaries([...makerOf.values()])

  const documents = products.map((product): IndexedDocument => {
    const summary = byMaker.get(makerOf.get(product.id) ?? "") ?? collective
    const document = toSearchDocument(
      {
        id: product.id,
        handle: product.handle,
        title: product.title,
        title_en: str(product.metadata?.title_en),
        description: str(product.description),
        description_en: str(product.metadata?.description_en),
        categories: (product.categories ?? [])
          .filter((c: Row) => c?.handle)
          .map((c: Row) => ({ handle: c.handle, name: c.name })),
        price_idr: lowestPrice(product, "idr"),
        price_usd: lowestPrice(product, "usd"),
        in_stock: inStock(product),
        made_to_order: (product.variants ?? []).some((v: Row) => v?.allow_backorder === true),
        thumbnail: str(product.thumbnail),
        created_at: product.created_at,
      },
      { handle: summary.handle, display_name: summary.display_name }
    )
    // English category names ("Wall Decor") are searched with the category names, not shown.
    const categoryNamesEn = (product.categories ?? []).map((c: Row) => str(c?.metadata?.name_en)).filter(Boolean)
    return { ...document, extra_text: extraText(product), category_names_en: categoryNamesEn.join(" ") }
  })
  const published = new Set(products.map((p) => p.id))
  const removed = ids ? ids.filter((id) => !published.has(id)) : []
  return { documents, removed }
}
