import { notFound } from "next/navigation"
import { NewProductWizard } from "@/components/maker/NewProductWizard"
import { Icon } from "@/components/maker/icons"
import { isLocale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { leaveOnFailure, requireMakerToken } from "@/lib/maker/portal-session"
import { wizardStrings } from "@/lib/maker/product-page-props"
import { PRODUCT_CATEGORIES } from "@/lib/maker/product-rules"
import { getPriceHint } from "@/lib/medusa/maker"

type Props = { params: Promise<{ locale: string }> }

/**
 * Tambah produk: the wizard, with what similar products cost in each craft (asked here, once, so that the
 * price step needs no request of its own).
 */
export default async function NewProductPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = await requireMakerToken(locale)
  const answers = await Promise.all(PRODUCT_CATEGORIES.map((category) => getPriceHint(token, category)))
  for (const answer of answers) if (!answer.ok && answer.reason === "unauthorized") leaveOnFailure(locale, answer.reason)
  const hints = Object.fromEntries(PRODUCT_CATEGORIES.map((c, i) => [c, answers[i].ok ? answers[i].hint : null]))
  const t = getT(locale, "maker")
  return (
    <div className="maker-page">
      <a href={portalPath(locale)} className="maker-back">
        <Icon name="back" />
        <span>{t("home.tasksLabel")}</span>
      </a>
      <h1>{t("newProduct.title")}</h1>
      <NewProductWizard locale={locale} strings={wizardStrings(locale, hints)} />
    </div>
  )
}
