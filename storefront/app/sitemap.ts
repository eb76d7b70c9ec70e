import type { MetadataRoute } from "next"
import { getDefaultRegion, listCategoriesWithProducts, listMakers } from "@/lib/medusa"
import { MAKERS_PATH, makerPath, productPath, siteUrl } from "@/lib/site"

export const revalidate = 300

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const region = await getDefaultRegion()
  const [sections, makers] = await Promise.all([listCategoriesWithProducts(region.id), listMakers()])
  const handles = new Set(sections.flatMap((s) => s.products.map((p) => p.handle)))
  return [
    { url: siteUrl("/"), changeFrequency: "daily", priority: 1 },
    { url: siteUrl(MAKERS_PATH), changeFrequency: "weekly", priority: 0.6 },
    ...makers.map((maker) => ({
      url: siteUrl(makerPath(maker.handle)),
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    ...[...handles].map((handle) => ({
      url: siteUrl(productPath(handle)),
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ]
}
