import { notFound } from "next/navigation"
import { SiteFooter } from "@/components/layout/SiteFooter"
import { SiteHeader } from "@/components/layout/SiteHeader"
import { isLocale } from "@/lib/i18n/config"
import { CURRENCIES, isCurrency } from "@/lib/i18n/market"
import { setRequestLocale } from "@/lib/i18n/request-locale"
import { getT } from "@/lib/i18n/translate"

type Props = { children: React.ReactNode; params: Promise<{ locale: string; currency: string }> }

export function generateStaticParams() {
  return CURRENCIES.map((currency) => ({ currency }))
}

export default async function ShopLayout({ children, params }: Props) {
  const { locale, currency } = await params
  if (!isLocale(locale) || !isCurrency(currency)) notFound()
  setRequestLocale(locale)
  const t = getT(locale, "common")
  return (
    <>
      <a className="skip-link" href="#content">
        {t("skipToContent")}
      </a>
      <SiteHeader locale={locale} currency={currency} />
      <main id="content" className="site-main">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
