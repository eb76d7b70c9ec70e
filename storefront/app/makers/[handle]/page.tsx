import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { MakerPortrait } from "@/components/MakerPortrait"
import { ProductCard } from "@/components/ProductCard"
import {
  formatCrafts,
  formatJoined,
  getDefaultRegion,
  getMaker,
  listProductsByRefs,
  storyParagraphs,
  storyToShow,
  toDescription,
  type Maker,
} from "@/lib/medusa"
import { MAKERS_PATH, SITE_NAME, makerPath } from "@/lib/site"
import { decodeHandle } from "@/lib/route-params"

export const revalidate = 300

/** Nothing is prerendered at build time; each maker page renders on its first request, then is cached. */
export function generateStaticParams(): { handle: string }[] {
  return []
}

type Props = { params: Promise<{ handle: string }> }

/** Her photo: a square of 10rem on phones, 14rem from 40rem (see .maker-portrait in globals.css). */
const PORTRAIT_SIZES = "(min-width: 40rem) 14rem, 10rem"

const PRIORITY_CARDS = 2

async function load(params: Props["params"]) {
  const { handle } = await params
  return getMaker(decodeHandle(handle))
}

function description(maker: Maker): string {
  const story = storyToShow(maker)
  if (story) return toDescription(story.text)
  if (maker.isCollective) {
    return `Karya yang dirangkai bersama oleh para perempuan ${SITE_NAME} di Medan, dari botol plastik daur ulang.`
  }
  const crafts = maker.crafts.length > 0 ? formatCrafts(maker.crafts).toLowerCase() : "kerajinan tangan"
  return `${crafts[0].toUpperCase()}${crafts.slice(1)} buatan ${maker.name}, dirangkai tangan dari botol plastik daur ulang.`
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load(params)
  if (!profile) return { title: "Pembuat tidak ditemukan", robots: { index: false } }
  const { maker } = profile
  const path = makerPath(maker.handle)
  return {
    title: maker.name,
    description: description(maker),
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      title: `${maker.name} · ${SITE_NAME}`,
      description: description(maker),
      url: path,
      images: maker.imageUrl ? [{ url: maker.imageUrl, alt: maker.name }] : undefined,
    },
  }
}

export default async function MakerPage({ params }: Props) {
  const profile = await load(params)
  if (!profile) notFound()
  const { maker } = profile

  const region = await getDefaultRegion()
  const products = await listProductsByRefs(profile.products, region.id)
  const story = storyToShow(maker)

  return (
    <>
      <div className="container">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <a href="/">Beranda</a>
            </li>
            <li>
              <a href={MAKERS_PATH}>Pembuat</a>
            </li>
          </ol>
        </nav>

        <article className="maker" aria-labelledby="maker-name">
          <MakerPortrait maker={maker} sizes={PORTRAIT_SIZES} priority="preload" className="maker-portrait" />
          <div className="maker-info">
            <h1 id="maker-name">{maker.name}</h1>

            {maker.isCollective ? (
              <div className="maker-story">
                <p>
                  Sebagian karya tidak dibuat oleh satu orang. Satu memotong dan membersihkan botol, yang lain membentuk
                  kelopak dan daun, yang lain lagi merangkainya menjadi buket, bale atau hiasan. Karya seperti ini kami
                  tampilkan atas nama kolektif.
                </p>
                <p>Ada pula pembuat yang memilih berkarya tanpa menampilkan namanya; karyanya juga tampil di sini.</p>
              </div>
            ) : (
              <dl className="maker-facts">
                {maker.crafts.length > 0 && (
                  <div>
                    <dt>Karya</dt>
                    <dd>{formatCrafts(maker.crafts)}</dd>
                  </div>
                )}
                {maker.city && (
                  <div>
                    <dt>Kota</dt>
                    <dd>{maker.city}</dd>
                  </div>
                )}
                {maker.joinedAt && (
                  <div>
                    <dt>Bergabung</dt>
                    <dd>
                      <time dateTime={maker.joinedAt.slice(0, 10)}>{formatJoined(maker.joinedAt)}</time>
                    </dd>
                  </div>
                )}
              </dl>
            )}

            {story && (
              <section className="maker-story" aria-labelledby="cerita">
                <h2 id="cerita">{maker.isCollective ? "Tentang kolektif" : "Cerita"}</h2>
                {storyParagraphs(story.text).map((p, i) => (
                  <p key={i} lang={story.lang === "id" ? undefined : "en"}>
                    {p}
                  </p>
                ))}
              </section>
            )}
          </div>
        </article>
      </div>

      <section className="category container" aria-labelledby="karya">
        <header className="category-header">
          <h2 id="karya">{maker.isCollective ? "Karya bersama" : `Karya ${maker.name}`}</h2>
        </header>
        {products.length === 0 ? (
          <p className="empty">Belum ada karya yang dijual saat ini. Silakan kembali lagi nanti.</p>
        ) : (
          <ul className="grid">
            {products.map((product, i) => (
              <ProductCard
                key={product.id}
                product={product}
                priority={i < PRIORITY_CARDS ? "high" : undefined}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
