/**
 * The finished words the product screens hand their client components (the wizard, the photo picker), and
 * the product facts every product screen shows. Server only (translations).
 */
import type { PhotoStrings } from "@/components/maker/PhotoPicker"
import type { WizardStrings } from "@/components/maker/NewProductWizard"
import type { Locale } from "../i18n/config"
import { MESSAGES } from "../i18n/messages"
import { getT } from "../i18n/translate"
import type { PortalProduct, PriceHint } from "../medusa/maker-shapes"
import { formatRupiah } from "./format"
import { LIMITS, PRODUCT_CATEGORIES, type ProductCategory } from "./product-rules"
import { WIZARD_STEPS } from "./wizard-steps"

export function photoStrings(locale: Locale): PhotoStrings {
  const t = getT(locale, "maker")
  const m = MESSAGES[locale].maker
  return {
    pick: t("photos.pick"),
    pickMore: t("photos.pickMore"),
    hint: t("photos.hint"),
    labels: Array.from({ length: LIMITS.photosMax }, (_, i) => t("photos.photo", { number: i + 1 })),
    sending: t("photos.sending"),
    remove: t("photos.remove"),
    retry: t("photos.retry"),
    tooMany: t("photos.tooMany"),
    errors: { ...m.uploadErrors },
  }
}

export function categoryNames(locale: Locale): Record<ProductCategory, string> {
  return { ...MESSAGES[locale].maker.categories }
}

/** "Produk serupa: Rp 85.000 – Rp 225.000", or null. */
export function priceHintText(locale: Locale, hint: PriceHint | null): string | null {
  if (!hint || hint.min === null || hint.max === null) return null
  return getT(locale, "maker")("newProduct.priceHint", {
    min: formatRupiah(hint.min, locale),
    max: formatRupiah(hint.max, locale),
  })
}

export function wizardStrings(locale: Locale, hints: Partial<Record<ProductCategory, PriceHint | null>>): WizardStrings {
  const t = getT(locale, "maker")
  const m = MESSAGES[locale].maker
  const total = WIZARD_STEPS.length
  return {
    stepOf: WIZARD_STEPS.map((_, i) => t("newProduct.step", { step: i + 1, total })),
    next: t("newProduct.next"),
    back: t("newProduct.back"),
    titles: {
      photos: t("newProduct.photosTitle"),
      name: t("newProduct.nameTitle"),
      category: t("newProduct.categoryTitle"),
      price: t("newProduct.priceTitle"),
      stock: t("newProduct.stockTitle"),
      description: t("newProduct.descriptionTitle"),
      review: t("newProduct.reviewTitle"),
    },
    nameLabel: t("newProduct.nameLabel"),
    nameHint: t("newProduct.nameHint"),
    priceLabel: t("newProduct.priceLabel"),
    stockReady: t("newProduct.stockReady"),
    stockCount: t("newProduct.stockCount"),
    madeToOrder: t("newProduct.madeToOrder"),
    leadTime: t("newProduct.leadTime"),
    descriptionLabel: t("newProduct.descriptionLabel"),
    descriptionHint: t("newProduct.descriptionHint"),
    change: t("newProduct.change"),
    none: t("newProduct.none"),
    // Filled in by the wizard ("{count}" only, no plural forms).
    pieces: m.newProduct.pieces,
    days: m.newProduct.days,
    submit: t("newProduct.submit"),
    waiting: t("photos.waiting"),
    errorSummary: t("errorSummary"),
    photos: photoStrings(locale),
    categories: categoryNames(locale),
    errors: { ...m.productErrors },
    priceHints: Object.fromEntries(PRODUCT_CATEGORIES.map((c) => [c, priceHintText(locale, hints[c] ?? null)])),
  }
}

/** "Stok: 5" (or "5 buah" where the label "Stok" is already there), "Dibuat sesuai pesanan (7 hari)". */
export function stockText(locale: Locale, product: PortalProduct, labelled = false): string {
  const t = getT(locale, "maker")
  if (!product.madeToOrder) {
    return labelled ? t("newProduct.pieces", { count: product.stock }) : t("products.stock", { count: product.stock })
  }
  return product.leadTimeDays
    ? t("products.madeToOrderDays", { count: product.leadTimeDays })
    : t("products.madeToOrder")
}
