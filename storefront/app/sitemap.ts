import type { MetadataRoute } from "next"
import { getRegion, listCategoriesWithProducts, listCategoryTree, listMakers } from "@/lib/medusa"
import { LOCALES } from "@/lib/i18n/config"
import { localePath } from "@/lib/i18n/paths"
import { siteUrl } from "@/lib/site"

export const revalidate = 300

type Entry = MetadataRoute.Sitemap[number]

/** One entry per page, in Indonesian, with its English alternate. */
function entry(path: string, changeFrequency: Entry["changeFrequency"], priority: number): Entry {
  return {
    url: siteUrl(localePath("id", path)),
    changeFrequency,
    priority,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, siteUrl(localePath(l, path))])) },
  }
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const region = await getRegion("idr")
  const [sections, tree, makers] = await Promise.all([
    listCategoriesWithProducts(region.id, "id"),
    listCategoryTree("id"),
    listMakers(),
  ])
  const categories: string[] = []
  const walk = (nodes: typeof tree) =>
    nodes.forEach((n) => {
      categories.push(n.handle)
      walk(n.children)
    })
  walk(tree)
  const handles = new Set(sections.flatMap((s) => s.products.map((p) => p.handle)))
  return [
    entry("/", "daily", 1),
    ...categories.map((handle) => entry(`/categories/${encodeURIComponent(handle)}`, "daily", 0.9)),
    entry("/makers", "weekly", 0.6),
    ...makers.map((maker) => entry(`/makers/${encodeURIComponent(maker.handle)}`, "weekly", 0.5)),
    ...[...handles].map((handle) => entry(`/products/${encodeURIComponent(handle)}`, "weekly", 0.8)),
  ]
}
