import { notFound } from "next/navigation"
import { Icon } from "@/components/maker/icons"
import { ProductListItem } from "@/components/maker/ProductListItem"
import { isLocale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { formatRupiah } from "@/lib/maker/format"
import { leaveOnFailure, requireMakerToken } from "@/lib/maker/portal-session"
import { stockText } from "@/lib/maker/product-page-props"
import { listMakerProducts } from "@/lib/medusa/maker"

type Props = { params: Promise<{ locale: string }> }

/** Produk saya: each of her products with its photo, price, stock and where it stands; "Tambah produk" on top. */
export default async function MakerProductsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = await requireMakerToken(locale)
  const result = await listMakerProducts(token)
  if (!result.ok) leaveOnFailure(locale, result.reason)
  const t = getT(locale, "maker")
  return (
    <div className="maker-page">
      <a href={portalPath(locale)} className="maker-back">
        <Icon name="back" />
        <span>{t("home.tasksLabel")}</span>
      </a>
      <h1>{t("products.title")}</h1>
      <a href={portalPath(locale, "products/new")} className="maker-button">
        <Icon name="plus" />
        <span>{t("products.add")}</span>
      </a>
      {!result.ok ? (
        <>
          <p className="maker-alert maker-spaced" role="alert">
            {t("products.error")}
          </p>
          <a href={portalPath(locale, "products")} className="maker-button maker-button-quiet">
            <Icon name="refresh" />
            <span>{t("products.retry")}</span>
          </a>
        </>
      ) : result.products.length === 0 ? (
        <p className="maker-lead maker-spaced">{t("products.empty")}</p>
      ) : (
        <ul className="maker-cards">
          {result.products.map((product) => (
            <ProductListItem
              key={product.id}
              product={product}
              href={portalPath(locale, `products/${encodeURIComponent(product.id)}`)}
              price={formatRupiah(product.priceIdr, locale)}
              stock={stockText(locale, product)}
              statusLabel={t(`status.${product.status}`)}
              noteLabel={t("products.note")}
              noPhoto={t("products.noPhoto")}
            />
          ))}
        </ul>
      )}
    </div>
  )
}
