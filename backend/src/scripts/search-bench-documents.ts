import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { categories, products } from "./seed/catalogue"
import { SEARCH_MODULE, type SearchModuleService } from "../modules/search"
import type { IndexedDocument } from "../modules/search/providers/postgres"

// For scripts/bench/search.mjs only: loads synthetic SEARCH DOCUMENTS (not products: creating 10,000 products
// through Medusa's workflows would take far longer than the benchmark itself) into the search index, built
// from the demo catalogue's titles and descriptions with varied colours, sizes, makers and prices, so that
// the index has the size and word distribution of a catalogue of that many products. Their ids start with
// `bench_`; `--remove` deletes them again.
//   npx medusa exec ./src/scripts/search-bench-documents.ts count=10000 makers=300
//   npx medusa exec ./src/scripts/search-bench-documents.ts remove

const COLOURS = ["Merah Red", "Merah Muda Pink", "Putih White", "Kuning Yellow", "Biru Blue", "Hijau Green", "Ungu Purple", "Emas Gold", "Marun Maroon", "Jingga Orange"]
const NAMES = ["Sari", "Dewi", "Rina", "Maya", "Lina", "Wati", "Yanti", "Rosa", "Mega", "Intan", "Fitri", "Ayu", "Putri", "Lestari", "Indah"]

const arg = (args: string[], name: string, fallback: number) => {
  const found = args.find((a) => a.replace(/^--/, "").startsWith(`${name}=`))
  const value = found ? Number(found.split("=")[1]) : fallback
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

export default async function searchBenchDocuments({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve<SearchModuleService>(SEARCH_MODULE)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  if ((args ?? []).some((a) => a.replace(/^--/, "") === "remove")) {
    const ids = (await knex("search_document").select("id").where("id", "like", "bench\\_%")).map((r: { id: string }) => r.id)
    for (let i = 0; i < ids.length; i += 1000) await search.remove(ids.slice(i, i + 1000))
    logger.info(`Removed ${ids.length} bench documents`)
    return
  }
  const count = arg(args ?? [], "count", 10_000)
  const makers = arg(args ?? [], "makers", 300)
  const categoryName = new Map(categories.map((c) => [c.handle, c]))
  const docs: IndexedDocument[] = []
  for (let i = 0; i < count; i++) {
    const p = products[i % products.length]!
    const m = i % makers
    const colour = COLOURS[(i * 7) % COLOURS.length]!
    const variant = Math.floor(i / products.length)
    const category = categoryName.get(p.category)!
    docs.push({
      id: `bench_${String(i).padStart(6, "0")}`,
      handle: `${p.handle}-${variant}`,
      title: `${p.title} ${colour.split(" ")[0]} ${variant}`,
      title_en: `${p.title_en} ${colour.split(" ").slice(-1)[0]} ${variant}`,
      description: p.description,
      description_en: p.description_en,
      category_handles: [p.category],
      category_names: [category.name],
      category_names_en: category.name_en,
      maker_handle: `pembuat-${m}`,
      maker_name: `${NAMES[m % NAMES.length]} ${m}`,
      price_idr: p.price_idr + (i % 20) * 5000,
      price_usd: p.price_usd + (i % 20) * 0.5,
      in_stock: i % 5 !== 0,
      made_to_order: p.made_to_order === true,
      thumbnail: null,
      created_at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      extra_text: colour,
    })
  }
  const started = Date.now()
  for (let i = 0; i < docs.length; i += 1000) await search.upsert(docs.slice(i, i + 1000))
  logger.info(`Loaded ${docs.length} bench documents from ${makers} makers in ${Date.now() - started} ms`)
}
