import { EditScreen, SaveButtons } from "@/components/maker/EditScreen"
import { Icon } from "@/components/maker/icons"
import { ProductUnavailable } from "@/components/maker/ProductUnavailable"
import { getT } from "@/lib/i18n/translate"
import { editPageContext, reviewWarning, typed, type EditQuery } from "@/lib/maker/edit-page"
import { saveProductStock } from "@/lib/maker/product-actions"
import { stockMode } from "@/lib/maker/product-rules"

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<EditQuery> }

/**
 * Ubah stok: how many she has ready, or made to order and how many days it takes. Both questions are on the
 * screen (a plain form post, no script): the chosen one counts.
 */
export default async function EditStockPage({ params, searchParams }: Props) {
  const { locale, product, productHref, query, error } = await editPageContext(params, searchParams)
  const t = getT(locale, "maker")
  if (!product) {
    return (
      <EditScreen backHref={productHref} backLabel={t("newProduct.back")} title={t("product.editStock")}>
        <ProductUnavailable message={t("products.error")} retryHref={`${productHref}/stock`} retryLabel={t("products.retry")} />
      </EditScreen>
    )
  }
  const mode = stockMode(typed(query, "stock_mode", product.madeToOrder ? "made_to_order" : "stock"))
  const field = typed(query, "field", "")
  const stockError = error && field === "stock" ? error : null
  const daysError = error && field === "lead_time_days" ? error : null
  return (
    <EditScreen
      backHref={productHref}
      backLabel={product.title}
      title={t("product.editStock")}
      warning={reviewWarning(locale, product, "stock")}
    >
      <form action={saveProductStock} className="maker-form" aria-labelledby="edit-title">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={product.id} />
        <fieldset className="maker-choices">
          <legend className="visually-hidden">{t("product.editStock")}</legend>
          <div className="maker-choice">
            <label className="maker-choice-label">
              <input type="radio" name="stock_mode" value="stock" defaultChecked={mode === "stock"} />
              <Icon name="box" />
              <span>{t("newProduct.stockReady")}</span>
            </label>
            <NumberField
              id="maker-stock"
              name="stock"
              label={t("newProduct.stockCount")}
              value={typed(query, "stock", product.madeToOrder ? "" : String(product.stock))}
              error={stockError}
            />
          </div>
          <div className="maker-choice">
            <label className="maker-choice-label">
              <input type="radio" name="stock_mode" value="made_to_order" defaultChecked={mode === "made_to_order"} />
              <Icon name="clock" />
              <span>{t("newProduct.madeToOrder")}</span>
            </label>
            <NumberField
              id="maker-lead-time"
              name="lead_time_days"
              label={t("newProduct.leadTime")}
              value={typed(query, "lead_time_days", product.leadTimeDays ? String(product.leadTimeDays) : "")}
              error={daysError}
            />
          </div>
        </fieldset>
        <SaveButtons save={t("product.save")} cancel={t("product.cancel")} cancelHref={productHref} />
      </form>
    </EditScreen>
  )
}

function NumberField({ id, name, label, value, error }: { id: string; name: string; label: string; value: string; error: string | null }) {
  return (
    <div className="maker-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        maxLength={4}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="maker-error">
          {error}
        </p>
      )}
    </div>
  )
}
