import { EditScreen, SaveButtons } from "@/components/maker/EditScreen"
import { ProductUnavailable } from "@/components/maker/ProductUnavailable"
import { getT } from "@/lib/i18n/translate"
import { editPageContext, reviewWarning, typed, type EditQuery } from "@/lib/maker/edit-page"
import { priceHintText } from "@/lib/maker/product-page-props"
import { saveProductPrice } from "@/lib/maker/product-actions"
import { getPriceHint } from "@/lib/medusa/maker"
import { readMakerToken } from "@/lib/session"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<EditQuery> }

/** Ubah harga: one field, in rupiah, with what similar products cost. A plain form post. */
export default async function EditPricePage({ params, searchParams }: Props) {
  const { locale, product, productHref, query, error } = await editPageContext(params, searchParams)
  const t = getT(locale, "maker")
  if (!product) {
    return (
      <EditScreen backHref={productHref} backLabel={t("newProduct.back")} title={t("product.editPrice")}>
        <ProductUnavailable message={t("products.error")} retryHref={`${productHref}/price`} retryLabel={t("products.retry")} />
      </EditScreen>
    )
  }
  const token = await readMakerToken()
  const hint = token && product.category ? await getPriceHint(token, product.category) : null
  const hintText = hint?.ok ? priceHintText(locale, hint.hint) : null
  const described = [hintText ? "maker-price-hint" : null, error ? "maker-price-error" : null].filter(Boolean).join(" ")
  return (
    <EditScreen
      backHref={productHref}
      backLabel={product.title}
      title={t("product.editPrice")}
      warning={reviewWarning(locale, product, "price")}
    >
      <form action={saveProductPrice} className="maker-form" aria-labelledby="edit-title">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={product.id} />
        <div className="maker-field">
          <label htmlFor="maker-price">{t("newProduct.priceLabel")}</label>
          <div className="maker-prefixed">
            <span aria-hidden="true">Rp</span>
            <input
              id="maker-price"
              name="price"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              defaultValue={typed(query, "price", String(product.priceIdr))}
              aria-invalid={error ? true : undefined}
              aria-describedby={described || undefined}
            />
          </div>
          {hintText && (
            <p id="maker-price-hint" className="maker-hint">
              {hintText}
            </p>
          )}
          {error && (
            <p id="maker-price-error" className="maker-error">
              {error}
            </p>
          )}
        </div>
        <SaveButtons save={t("product.save")} cancel={t("product.cancel")} cancelHref={productHref} />
      </form>
    </EditScreen>
  )
}
