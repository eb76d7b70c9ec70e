import { notFound } from "next/navigation"
import { Icon } from "@/components/maker/icons"
import { ProductPhoto } from "@/components/maker/ProductPhoto"
import { ProductStatusBadge } from "@/components/maker/ProductStatusBadge"
import { ProductUnavailable } from "@/components/maker/ProductUnavailable"
import { isLocale } from "@/lib/i18n/config"
import { MESSAGES } from "@/lib/i18n/messages"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { formatRupiah } from "@/lib/maker/format"
import { knownKey, loadProduct } from "@/lib/maker/load-product"
import { setProductPaused } from "@/lib/maker/product-actions"
import { stockText } from "@/lib/maker/product-page-props"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The main photo fills the column: 32rem at most. */
const PHOTO_SIZES = "(min-width: 34rem) 32rem, 100vw"

/**
 * One of her products: its photo, where it stands (and staff's note when sent back), price and stock, and a
 * big button for each change she can make: price, stock, photos, pause or show again. After a change it
 * says what happened (?saved=…), plainly when the product went back to staff.
 */
export default async function MakerProductPage({ params, searchParams }: Props) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const product = await loadProduct(locale, id)
  const query = await searchParams
  const t = getT(locale, "maker")
  const m = MESSAGES[locale].maker.product
  const here = portalPath(locale, `products/${encodeURIComponent(id)}`)
  const back = (
    <a href={portalPath(locale, "products")} className="maker-back">
      <Icon name="back" />
      <span>{t("product.back")}</span>
    </a>
  )
  if (!product) {
    return (
      <div className="maker-page">
        {back}
        <ProductUnavailable message={t("products.error")} retryHref={here} retryLabel={t("products.retry")} />
      </div>
    )
  }

  const saved = knownKey(m.saved, query.saved)
  const error = knownKey(m.errors, query.error)
  const page = (sub: string) => `${here}/${sub}`
  const canPause = product.status === "live" || product.status === "sold_out"
  const photo = product.images[0]

  return (
    <div className="maker-page">
      {back}
      {saved && (
        <p className="maker-notice" role="status">
          {t(`product.saved.${saved}`)}
        </p>
      )}
      {error && (
        <p className="maker-alert" role="alert">
          {t(`product.errors.${error}`)}
        </p>
      )}
      {photo && (
        <ProductPhoto
          variants={photo.variants}
          url={photo.url}
          alt={product.title}
          sizes={PHOTO_SIZES}
          className="maker-product-photo"
          eager
        />
      )}
      <h1 className="maker-product-title">{product.title}</h1>
      <ProductStatusBadge status={product.status} label={t(`status.${product.status}`)} />
      {product.status === "returned" && product.reviewNote && (
        <p className="maker-note">
          <strong>{t("products.note")}</strong> {product.reviewNote}
        </p>
      )}
      {product.status === "in_review" && saved !== "review" && <p className="maker-lead">{t("product.inReview")}</p>}

      <dl className="maker-facts-list">
        <div>
          <dt>{t("product.price")}</dt>
          <dd>{formatRupiah(product.priceIdr, locale)}</dd>
        </div>
        <div>
          <dt>{t("product.stock")}</dt>
          <dd>{stockText(locale, product, true)}</dd>
        </div>
      </dl>

      <ul className="maker-actions">
        <li>
          <a href={page("price")} className="maker-button maker-button-quiet">
            <Icon name="pencil" />
            <span>{t("product.editPrice")}</span>
          </a>
        </li>
        <li>
          <a href={page("stock")} className="maker-button maker-button-quiet">
            <Icon name="box" />
            <span>{t("product.editStock")}</span>
          </a>
        </li>
        <li>
          <a href={page("photos")} className="maker-button maker-button-quiet">
            <Icon name="camera" />
            <span>{t("product.editPhotos")}</span>
          </a>
        </li>
        {(canPause || product.status === "paused") && (
          <li>
            <form action={setProductPaused}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="id" value={product.id} />
              <input type="hidden" name="paused" value={canPause ? "true" : "false"} />
              <button type="submit" className="maker-button maker-button-quiet">
                <Icon name={canPause ? "pause" : "play"} />
                <span>{canPause ? t("product.pause") : t("product.resume")}</span>
              </button>
              {canPause && <p className="maker-hint">{t("product.pauseHint")}</p>}
            </form>
          </li>
        )}
      </ul>
    </div>
  )
}
