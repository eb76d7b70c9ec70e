import type { Metadata } from "next"
import { MakerCard } from "@/components/MakerCard"
import { ProductGrid } from "@/components/ProductGrid"
import { CraftTiles } from "@/components/CraftTiles"
import { getRegion, listCategoriesWithProducts, listMakers } from "@/lib/medusa"
import { languageAlternates, localePath, makersPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { shopParams, type ShopParams } from "@/lib/route-params"

export const revalidate = 300

type Props = { params: Promise<ShopParams> }

const FEATURED_PER_CRAFT = 2
const FEATURED_MAKERS = 4

async function load(params: Props["params"]) {
  const { locale, currency } = shopParams(await params)
  const region = await getRegion(currency)
  const [sections, makers] = await Promise.all([listCategoriesWithProducts(region.id, locale), listMakers()])
  return { locale, sections, makers }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, sections } = await load(params)
  const t = getT(locale, "common")
  const title = `${t("siteName")} — ${t("tagline")}`
  const image = sections[0]?.products.find((p) => p.thumbnail)
  return {
    title: { absolute: title },
    description: t("siteDescription"),
    alternates: { canonical: localePath(locale, "/"), languages: languageAlternates("/") },
    openGraph: {
      title,
      description: t("siteDescription"),
      url: localePath(locale, "/"),
      images: image?.thumbnail ? [{ url: image.thumbnail, width: 1200, height: 1200, alt: image.title }] : undefined,
    },
  }
}

export default async function HomePage({ params }: Props) {
  const { locale, sections, makers } = await load(params)
  const t = getT(locale, "catalog")
  // The first pieces of each craft, in turn: every craft is seen at once.
  const featured = sections.flatMap((s) => s.products.slice(0, FEATURED_PER_CRAFT))
  const people = makers.filter((m) => !m.isCollective).slice(0, FEATURED_MAKERS)

  return (
    <>
      <section className="intro container" aria-labelledby="intro-title">
        <h1 id="intro-title">{t("home.title")}</h1>
        <p className="intro-lead">{t("home.lead")}</p>
        <p className="intro-note">{t("home.cause")}</p>
      </section>

      {sections.length === 0 ? (
        <p className="container empty">{t("home.empty")}</p>
      ) : (
        <section className="category container" aria-labelledby="crafts-title">
          <header className="category-header">
            <h2 id="crafts-title">{t("home.craftsTitle")}</h2>
          </header>
          <CraftTiles sections={sections} locale={locale} />
        </section>
      )}

      {featured.length > 0 && (
        <section className="category container" aria-labelledby="featured-title">
          <header className="category-header">
            <h2 id="featured-title">{t("home.featuredProducts")}</h2>
          </header>
          <ProductGrid products={featured} locale={locale} />
        </section>
      )}

      {people.length > 0 && (
        <section className="category container" aria-labelledby="makers-title">
          <header className="category-header">
            <h2 id="makers-title">{t("home.featuredMakers")}</h2>
            <a href={makersPath(locale)}>{t("home.allMakers")}</a>
          </header>
          <ul className="grid">
            {people.map((maker) => (
              <MakerCard key={maker.handle} maker={maker} locale={locale} headingLevel={3} />
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
