import type { Metadata } from "next"
import { LookupForm } from "@/components/checkout/LookupForm"
import { localePath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { shopParams, type ShopParams } from "@/lib/route-params"
import "@/components/checkout/forms.css"

type Props = { params: Promise<ShopParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = shopParams(await params)
  const t = getT(locale, "checkout")
  return {
    title: t("lookup.title"),
    description: t("lookup.description"),
    robots: { index: false },
    alternates: { canonical: localePath(locale, "/order-lookup") },
  }
}

/** Static: the form's answer comes from its server action. */
export default async function OrderLookupPage({ params }: Props) {
  const { locale } = shopParams(await params)
  const t = getT(locale, "checkout")
  return (
    <div className="container shop-page" style={{ maxWidth: "40rem" }}>
      <h1>{t("lookup.title")}</h1>
      <p className="shop-lead">{t("lookup.lead")}</p>
      <LookupForm
        locale={locale}
        strings={{ orderNumber: t("lookup.orderNumber"), email: t("lookup.email"), submit: t("lookup.submit") }}
      />
    </div>
  )
}
