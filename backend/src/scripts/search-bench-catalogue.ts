import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow, deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MAKER_MODULE, type MakerModuleService } from "../modules/maker"
import { SYSTEM_ACTOR, type Craft } from "../modules/maker/types"
import { createMakerWorkflow } from "../workflows/create-maker"
import { makerIdsByProduct } from "../workflows/utils/product-makers"
import { reindexSearch } from "../workflows/utils/search-sync"
import { products as demoProducts } from "./seed/catalogue"

// For scripts/bench/search.mjs: a catalogue of `count` real Medusa products from `makers` makers, created
// through Medusa's workflows (products with a variant, IDR and USD prices, stock at the workshop for
// four in five, a category, the sales channel; makers through ours; each product linked to its maker in bulk),
// then the search index rebuilt from
// the whole catalogue. Titles, descriptions, categories and prices vary around the demo catalogue's.
// Handles start with `bench-`; `remove` deletes them (and the bench makers) again.
//   npx medusa exec ./src/scripts/search-bench-catalogue.ts count=10000 makers=300
//   npx medusa exec ./src/scripts/search-bench-catalogue.ts remove

const COLOURS = [
  ["Merah", "Red"], ["Merah Muda", "Pink"], ["Putih", "White"], ["Kuning", "Yellow"], ["Biru", "Blue"],
  ["Hijau", "Green"], ["Ungu", "Purple"], ["Emas", "Gold"], ["Marun", "Maroon"], ["Jingga", "Orange"],
]
const NAMES = ["Sari", "Dewi", "Rina", "Maya", "Lina", "Wati", "Yanti", "Rosa", "Mega", "Intan", "Fitri", "Ayu", "Putri", "Lestari", "Indah"]
const BATCH = 250
const PREFIX = "bench-"
const MAKER_PREFIX = "bench-pembuat-"

const arg = (args: string[], name: string, fallback: number) => {
  const found = args.find((a) => a.replace(/^--/, "").startsWith(`${name}=`))
  const value = found ? Number(found.split("=")[1]) : fallback
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

async function one<T>(container: MedusaContainer, entity: string, fields: string[], filters: Record<string, unknown> = {}): Promise<T> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity, fields, filters } as never)
  if (!data[0]) throw new Error(`No ${entity}: is the demo store seeded?`)
  return data[0] as T
}

/** The bench makers: those of an earlier run when there are enough, else `count` new ones. */
async function benchMakers(container: MedusaContainer, count: number): Promise<string[]> {
  const existing = (await container.resolve<MakerModuleService>(MAKER_MODULE).listMakers({}, { select: ["id", "handle"] }))
    .filter((m: { handle: string }) => m.handle.startsWith(MAKER_PREFIX))
    .map((m: { id: string }) => m.id)
  if (existing.length >= count) return existing.slice(0, count)
  const ids: string[] = []
  const run = Date.now().toString(36) // handles of removed (soft-deleted) bench makers stay taken
  for (let m = 0; m < count; m++) {
    const { result } = await createMakerWorkflow(container).run({
      input: {
        maker: {
          handle: `${MAKER_PREFIX}${run}-${m}`,
          display_name: `${NAMES[m % NAMES.length]} ${m}`,
          story_id: "Pembuat untuk uji kecepatan pencarian.",
          story_en: "A maker for the search benchmark.",
          crafts: [(["bouquet", "bale", "wall", "door"] as Craft[])[m % 4]!],
          city: "Medan",
          joined_at: new Date(Date.UTC(2024, 0, 1)),
        },
        consents: { display_name: true, story: true, image: true, city: true },
        actor_id: SYSTEM_ACTOR,
      },
    })
    ids.push(result.id)
  }
  return ids
}

async function createCatalogue(container: MedusaContainer, count: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const categories = new Map(
    ((await query.graph({ entity: "product_category", fields: ["id", "handle"] })).data as { id: string; handle: string }[]).map((c) => [
      c.handle,
      c.id,
    ])
  )
  const salesChannel = await one<{ id: string }>(container, "sales_channel", ["id"])
  const location = await one<{ id: string }>(container, "stock_location", ["id"])
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })

  for (let start = 0; start < count; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, k) => start + k)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((i) => {
          const p = demoProducts[i % demoProducts.length]!
          const [colour, colourEn] = COLOURS[(i * 7) % COLOURS.length]!
          const n = Math.floor(i / demoProducts.length)
          return {
            title: `${p.title} ${colour} ${n}`,
            handle: `${PREFIX}${p.handle}-${i}`,
            subtitle: `${p.title_en} ${colourEn} ${n}`,
            description: p.description,
            status: ProductStatus.PUBLISHED,
            category_ids: [categories.get(p.category)!].filter(Boolean),
            shipping_profile_id: profile!.id,
            metadata: { title_en: `${p.title_en} ${colourEn} ${n}`, description_en: p.description_en, lead_time_days: p.lead_time_days },
            options: [{ title: "Warna", values: [colour] }],
            variants: [
              {
                title: colour,
                sku: `BENCH-${i}`,
                options: { Warna: colour },
                manage_inventory: true,
                allow_backorder: Boolean(p.made_to_order),
                metadata: { colour_en: colourEn },
                prices: [
                  { currency_code: "idr", amount: p.price_idr + (i % 20) * 5000 },
                  { currency_code: "usd", amount: p.price_usd + (i % 20) * 0.5 },
                ],
              },
            ],
            sales_channels: [{ id: salesChannel.id }],
          }
        }),
      },
    })
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "sku", "inventory_items.inventory_item_id"],
      filters: { product_id: result.map((p) => p.id) },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: variants.flatMap((variant: any) =>
          (variant.inventory_items ?? []).map((item: { inventory_item_id: string }) => ({
            location_id: location.id,
            inventory_item_id: item.inventory_item_id,
            stocked_quantity: Number(String(variant.sku).split("-")[1]) % 5 === 0 ? 0 : 10,
          }))
        ),
      },
    })
  }
}

/**
 * Gives the i-th bench product to maker i mod makers, replacing its link to the Collective (the product-created
 * hook's default), in bulk: the maker workflows would queue an index update per product, which the rebuild
 * that follows makes pointless.
 */
async function assignToMakers(container: MedusaContainer, makerIds: string[]): Promise<number> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string; handle: string }[] = await knex("product").select("id", "handle").where("handle", "like", `${PREFIX}%`).whereNull("deleted_at")
  const current = await makerIdsByProduct(container, rows.map((r) => r.id))
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const pair = (product_id: string, maker_id: string) => ({ [Modules.PRODUCT]: { product_id }, [MAKER_MODULE]: { maker_id } })
  const dismiss: ReturnType<typeof pair>[] = []
  const create: ReturnType<typeof pair>[] = []
  for (const { id, handle } of rows) {
    const target = makerIds[Number(handle.split("-").pop()) % makerIds.length]!
    const makers = current.get(id) ?? []
    dismiss.push(...makers.filter((m) => m !== target).map((m) => pair(id, m)))
    if (!makers.includes(target)) create.push(pair(id, target))
  }
  for (let i = 0; i < dismiss.length; i += 1000) await link.dismiss(dismiss.slice(i, i + 1000))
  for (let i = 0; i < create.length; i += 1000) await link.create(create.slice(i, i + 1000))
  return create.length
}

async function remove(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const ids = (await knex("product").select("id").where("handle", "like", `${PREFIX}%`).whereNull("deleted_at")).map(
    (r: { id: string }) => r.id
  )
  for (let i = 0; i < ids.length; i += BATCH) await deleteProductsWorkflow(container).run({ input: { ids: ids.slice(i, i + BATCH) } })
  const makers = container.resolve<MakerModuleService>(MAKER_MODULE)
  const makerIds = (await makers.listMakers({}, { select: ["id", "handle"] }))
    .filter((m: { handle: string }) => m.handle.startsWith(MAKER_PREFIX))
    .map((m: { id: string }) => m.id)
  if (makerIds.length) await makers.softDeleteMakers(makerIds)
  return ids.length
}

export default async function searchBenchCatalogue({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  if ((args ?? []).some((a) => a.replace(/^--/, "") === "remove")) {
    const removed = await remove(container)
    await reindexSearch(container)
    logger.info(`Removed ${removed} bench products in ${Date.now() - started} ms`)
    return
  }
  const count = arg(args ?? [], "count", 10_000)
  const makerCount = arg(args ?? [], "makers", 300)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [{ existing }] = await knex("product").count("id as existing").where("handle", "like", `${PREFIX}%`).whereNull("deleted_at")
  let changed = Number(existing) < count
  if (changed) {
    if (Number(existing) > 0) await remove(container)
    await createCatalogue(container, count)
    logger.info(`Created ${count} products in ${Date.now() - started} ms`)
  } else {
    logger.info(`${existing} bench products already there`)
  }
  changed = (await assignToMakers(container, await benchMakers(container, makerCount))) > 0 || changed
  const [{ indexed: alreadyIndexed }] = await knex("search_document").count("id as indexed").where("handle", "like", `${PREFIX}%`)
  if (!changed && Number(alreadyIndexed) >= count) {
    logger.info(`Search index already holds the ${alreadyIndexed} bench products`)
    return
  }
  const indexed = await reindexSearch(container)
  logger.info(`Search index rebuilt: ${indexed} documents (${Date.now() - started} ms in all)`)
}
