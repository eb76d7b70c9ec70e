import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { MakerPortrait } from "@/components/MakerPortrait"
import { ProductGrid } from "@/components/ProductGrid"
import {
  formatCrafts,
  formatJoined,
  getRegion,
  getMaker,
  listProductsByRefs,
  storyParagraphs,
  storyToShow,
  toDescription,
  type Maker,
} from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { languageAlternates, localePath, makerPath, makersPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { SITE_NAME } from "@/lib/site"
import { decodeHandle, shopParams, type ShopParams } from "@/lib/route-params"

export const revalidate = 300

/** Nothing is prerendered at build time; each maker page renders on its first request, then is cached. */
export function generateStaticParams(): { handle: string }[] {
  return []
}

type Props = { params: Promise<ShopParams & { handle: string }> }

/** Her photo: a square of 10rem on phones, 14rem from 40rem (see .maker-portrait in globals.css). */
const PORTRAIT_SIZES = "(min-width: 40rem) 14rem, 10rem"

async function load(params: Props["params"]) {
  const raw = await params
  const { locale, currency } = shopParams(raw)
  return { locale, currency, profile: await getMaker(decodeHandle(raw.handle)) }
}

function description(maker: Maker, locale: Locale): string {
  const story = storyToShow(maker, locale)
  if (story) return toDescription(story.text)
  const t = getT(locale, "catalog")
  if (maker.isCollective) return t("makerPage.collectiveDescription")
  const crafts = maker.crafts.length > 0 ? formatCrafts(maker.crafts, locale) : t("makerPage.handicrafts")
  return t("makerPage.makerDescription", { crafts, name: maker.name })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, profile } = await load(params)
  if (!profile) return { title: getT(locale, "catalog")("makerPage.notFound"), robots: { index: false } }
  const { maker } = profile
  const path = makerPath(locale, maker.handle)
  return {
    title: maker.name,
    description: description(maker, locale),
    alternates: { canonical: path, languages: languageAlternates(`/makers/${encodeURIComponent(maker.handle)}`) },
    openGraph: {
      type: "website",
      title: `${maker.name} · ${SITE_NAME}`,
      description: description(maker, locale),
      url: path,
      images: maker.imageUrl ? [{ url: maker.imageUrl, alt: maker.name }] : undefined,
    },
  }
}

export default async function MakerPage({ params }: Props) {
  const { locale, currency, profile } = await load(params)
  if (!profile) notFound()
  const { maker } = profile
  const t = getT(locale, "catalog")
  const common = getT(locale, "common")

  const region = await getRegion(currency)
  const products = await listProductsByRefs(profile.products, region.id, locale)
  const story = storyToShow(maker, locale)

  return (
    <>
      <div className="container">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <a href={localePath(locale, "/")}>{common("home")}</a>
            </li>
            <li>
              <a href={makersPath(locale)}>{common("nav.makers")}</a>
            </li>
          </ol>
        </nav>

        <article className="maker" aria-labelledby="maker-name">
          <MakerPortrait maker={maker} sizes={PORTRAIT_SIZES} priority="preload" className="maker-portrait" />
          <div className="maker-info">
            <h1 id="maker-name">{maker.name}</h1>

            {maker.isCollective ? (
              <div className="maker-story">
                <p>{t("makerPage.collectiveBody1")}</p>
                <p>{t("makerPage.collectiveBody2")}</p>
              </div>
            ) : (
              <dl className="maker-facts">
                {maker.crafts.length > 0 && (
                  <div>
                    <dt>{t("makerPage.crafts")}</dt>
                    <dd>{formatCrafts(maker.crafts, locale)}</dd>
                  </div>
                )}
                {maker.city && (
                  <div>
                    <dt>{t("makerPage.city")}</dt>
                    <dd>{maker.city}</dd>
                  </div>
                )}
                {maker.joinedAt && (
                  <div>
                    <dt>{t("makerPage.joined")}</dt>
                    <dd>
                      <time dateTime={maker.joinedAt.slice(0, 10)}>{formatJoined(maker.joinedAt, locale)}</time>
                    </dd>
                  </div>
                )}
              </dl>
            )}

            {story && (
              <section className="maker-story" aria-labelledby="story-title">
                <h2 id="story-title">{maker.isCollective ? t("makerPage.aboutCollective") : t("makerPage.story")}</h2>
                {storyParagraphs(story.text).map((p, i) => (
                  <p key={i} lang={story.lang === locale ? undefined : story.lang}>
                    {p}
                  </p>
                ))}
              </section>
            )}
          </div>
        </article>
      </div>

      <section className="category container" aria-labelledby="works-title">
        <header className="category-header">
          <h2 id="works-title">
            {maker.isCollective ? t("makerPage.worksTogether") : t("makerPage.worksOf", { name: maker.name })}
          </h2>
        </header>
        {products.length === 0 ? (
          <p className="empty">{t("makerPage.noProducts")}</p>
        ) : (
          <ProductGrid products={products} locale={locale} prioritise />
        )}
      </section>
    </>
  )
}
