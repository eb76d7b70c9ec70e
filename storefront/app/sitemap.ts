import type { MetadataRoute } from "next"
import { getDefaultRegion, listCategoriesWithProducts } from "@/lib/medusa"
import { productPath, siteUrl } from "@/lib/site"

export const revalidate = 300

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const region = await getDefaultRegion()
  const sections = await listCategoriesWithProducts(region.id)
  const handles = new Set(sections.flatMap((s) => s.products.map((p) => p.handle)))
  return [
    { url: siteUrl("/"), changeFrequency: "daily", priority: 1 },
    ...[...handles].map((handle) => ({
      url: siteUrl(productPath(handle)),
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ]
}
