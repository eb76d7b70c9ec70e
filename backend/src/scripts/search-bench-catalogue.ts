import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow, deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { MAKER_MODULE, type MakerModuleService } from "../modules/maker"
import { SYSTEM_ACTOR, type Craft } from "../modules/maker/types"
import { assignProductsToMakerWorkflow } from "../workflows/assign-products-to-maker"
import { createMakerWorkflow } from "../workflows/create-maker"
import { reindexSearch } from "../workflows/utils/search-sync"
import { products as demoProducts } from "./seed/catalogue"

// For scripts/bench/search.mjs: a catalogue of `count` real Medusa products from `makers` makers, created
// through Medusa's and our workflows (products with a variant, IDR and USD prices, stock at the workshop for
// four in five, a category, the sales channel; each linked to her maker), then the search index rebuilt from
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

async function createMakers(container: MedusaContainer, count: number): Promise<string[]> {
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

async function createCatalogue(container: MedusaContainer, count: number, makerIds: string[]) {
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
  const byMaker = new Map<string, string[]>()

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
    result.forEach((product, k) => {
      const maker = makerIds[batch[k]! % makerIds.length]!
      byMaker.set(maker, [...(byMaker.get(maker) ?? []), product.id])
    })
  }
  for (const [id, add] of byMaker) {
    await assignProductsToMakerWorkflow(container).run({ input: { id, add, actor_id: SYSTEM_ACTOR } })
  }
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
  if (Number(existing) >= count) {
    logger.info(`${existing} bench products already there`)
  } else {
    if (Number(existing) > 0) await remove(container)
    await createCatalogue(container, count, await createMakers(container, makerCount))
    logger.info(`Created ${count} products from ${makerCount} makers in ${Date.now() - started} ms`)
  }
  const indexed = await reindexSearch(container)
  logger.info(`Search index rebuilt: ${indexed} documents (${Date.now() - started} ms in all)`)
}
