import type { Metadata } from "next"
import { ProductCard } from "@/components/ProductCard"
import { getDefaultRegion, listCategoriesWithProducts } from "@/lib/medusa"
import { SITE_DESCRIPTION, SITE_NAME, SITE_TAGLINE } from "@/lib/site"

export const revalidate = 300

/** Cards in the first row on a phone: their photos load eagerly at high priority (the likely LCP element). */
const PRIORITY_CARDS = 2

async function loadCatalogue() {
  const region = await getDefaultRegion()
  return listCategoriesWithProducts(region.id)
}

export async function generateMetadata(): Promise<Metadata> {
  const sections = await loadCatalogue()
  const image = sections[0]?.products.find((p) => p.thumbnail)?.thumbnail
  return {
    title: { absolute: `${SITE_NAME} — ${SITE_TAGLINE}` },
    description: SITE_DESCRIPTION,
    alternates: { canonical: "/" },
    openGraph: {
      title: `${SITE_NAME} — ${SITE_TAGLINE}`,
      description: SITE_DESCRIPTION,
      url: "/",
      images: image ? [{ url: image, width: 1200, height: 1200, alt: sections[0].products[0].title }] : undefined,
    },
  }
}

export default async function HomePage() {
  const sections = await loadCatalogue()

  return (
    <>
      <section className="intro container" aria-labelledby="intro-title">
        <h1 id="intro-title">Dibuat tangan di Medan, dari botol plastik yang diberi hidup baru</h1>
        <p className="intro-lead">
          Rumah Karya adalah kolektif karya penyintas: perempuan di Medan yang sedang membangun kembali hidupnya. Mereka
          merangkai buket bunga, bale pengantin, serta hiasan dinding dan pintu dari botol plastik bekas, satu per satu.
        </p>
        <p className="intro-note">Setiap pembelian menjadi penghasilan bagi para pembuatnya.</p>
        {sections.length > 0 && (
          <nav aria-label="Kategori" className="intro-nav">
            <ul>
              {sections.map(({ category }) => (
                <li key={category.id}>
                  <a href={`#${category.handle}`}>{category.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </section>

      {sections.length === 0 && (
        <p className="container empty">Produk sedang disiapkan. Silakan kembali lagi nanti.</p>
      )}

      {sections.map(({ category, products }, sectionIndex) => (
        <section
          key={category.id}
          id={category.handle}
          className="category container"
          aria-labelledby={`judul-${category.handle}`}
        >
          <header className="category-header">
            <h2 id={`judul-${category.handle}`}>{category.name}</h2>
            {category.description && <p>{category.description}</p>}
          </header>
          <ul className="grid">
            {products.map((product, i) => (
              <ProductCard
                key={product.id}
                product={product}
                priority={sectionIndex === 0 && i < PRIORITY_CARDS ? "high" : undefined}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}
