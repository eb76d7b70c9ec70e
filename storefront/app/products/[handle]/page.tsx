import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { ProductCard } from "@/components/ProductCard"
import { ProductGallery } from "@/components/ProductGallery"
import { ProductMaker } from "@/components/ProductMaker"
import { getDefaultRegion, getProduct, getProductPlacement, type ProductDetail } from "@/lib/medusa"
import { formatPriceRange, toSchemaPrice } from "@/lib/money"
import { SITE_NAME, categoryPath, productPath, siteUrl } from "@/lib/site"
import { decodeHandle } from "@/lib/route-params"

export const revalidate = 300

/** Nothing is prerendered at build time; each product page renders on its first request, then is cached. */
export function generateStaticParams(): { handle: string }[] {
  return []
}

type Props = { params: Promise<{ handle: string }> }

const RELATED_LIMIT = 4

async function load(params: Props["params"]) {
  const { handle } = await params
  const region = await getDefaultRegion()
  const product = await getProduct(decodeHandle(handle), region.id)
  return { region, product }
}

function summary(product: ProductDetail): string {
  const text = product.description ?? `${product.title}, dibuat tangan di Medan dari botol plastik daur ulang.`
  return text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { product } = await load(params)
  if (!product) return { title: "Produk tidak ditemukan" }

  const path = productPath(product.handle)
  return {
    title: product.title,
    description: summary(product),
    alternates: { canonical: path },
    openGraph: {
      type: "website",
      title: product.title,
      description: summary(product),
      url: path,
      images: product.thumbnail ? [{ url: product.thumbnail, width: 1200, height: 1200, alt: product.title }] : undefined,
    },
  }
}

function productJsonLd(product: ProductDetail, categoryName: string | undefined) {
  const url = siteUrl(productPath(product.handle))
  const offers = product.variants
    .filter((v) => v.amount != null && v.currencyCode)
    .map((v) => ({
      "@type": "Offer",
      name: v.title || product.title,
      price: toSchemaPrice(v.amount!, v.currencyCode!),
      priceCurrency: v.currencyCode!.toUpperCase(),
      availability: v.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
      url,
    }))
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: product.images.map((img) => img.url),
    url,
    brand: { "@type": "Brand", name: SITE_NAME },
    category: categoryName,
    offers,
  }
}

export default async function ProductPage({ params }: Props) {
  const { region, product } = await load(params)
  if (!product) notFound()

  const placement = await getProductPlacement(product.id, region.id)
  const section = placement?.section
  // Same (sub)category first, then the rest of the section, each in catalogue order.
  const others = section ? section.products.filter((p) => p.id !== product.id) : []
  const related = [
    ...others.filter((p) => p.categoryId === placement?.category.id),
    ...others.filter((p) => p.categoryId !== placement?.category.id),
  ].slice(0, RELATED_LIMIT)
  const jsonLd = productJsonLd(product, placement?.category.name)

  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <div className="container">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <a href="/">Beranda</a>
            </li>
            {section && (
              <li>
                <a href={categoryPath(section.category.handle)}>{section.category.name}</a>
              </li>
            )}
            {placement && placement.category.id !== section?.category.id && <li>{placement.category.name}</li>}
          </ol>
        </nav>

        <div className="product">
          <ProductGallery title={product.title} images={product.images} />

          <div className="product-info">
            <h1>{product.title}</h1>
            {product.subtitle && product.subtitle !== product.title && (
              <p className="product-subtitle" lang="en">
                {product.subtitle}
              </p>
            )}
            <p className="product-price">
              {product.price ? formatPriceRange(product.price, "range") : "Harga segera hadir"}
            </p>
            <p className={product.inStock ? "stock stock-in" : "stock stock-out"}>
              {product.inStock ? "Tersedia" : "Stok sedang habis"}
            </p>

            {product.maker && <ProductMaker maker={product.maker} />}

            {product.options.map((option) => (
              <div key={option.id} className="option">
                <h2 className="option-title">{option.title}</h2>
                <ul className="chips">
                  {option.values.map((value) => (
                    <li key={value} className="chip">
                      {value}
                    </li>
                  ))}
                </ul>
              </div>
            ))}

            {product.description && (
              <div className="product-description">
                <h2>Tentang produk ini</h2>
                <p>{product.description}</p>
              </div>
            )}

            <p className="product-note">
              Dibuat tangan di Medan dari botol plastik daur ulang. Karena dirangkai satu per satu, setiap karya sedikit
              berbeda.
            </p>
          </div>
        </div>
      </div>

      {section && related.length > 0 && (
        <section className="category container related" aria-labelledby="produk-lain">
          <header className="category-header">
            <h2 id="produk-lain">Lainnya dari {section.category.name}</h2>
          </header>
          <ul className="grid">
            {related.map((p) => (
              <ProductCard key={p.id} product={p} />
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
