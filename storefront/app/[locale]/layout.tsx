import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"
import { LOCALES, OG_LOCALE, isLocale } from "@/lib/i18n/config"
import { languageAlternates } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { siteUrl } from "@/lib/site"
import "../globals.css"

type Props = { params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale, "common")
  return {
    metadataBase: new URL(siteUrl("/")),
    title: { default: `${t("siteName")} — ${t("tagline")}`, template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
    applicationName: t("siteName"),
    alternates: { languages: languageAlternates("/") },
    openGraph: { siteName: t("siteName"), locale: OG_LOCALE[locale], type: "website" },
  }
}

export const viewport: Viewport = {
  themeColor: "#f7f1e8",
  width: "device-width",
  initialScale: 1,
}

/** The document: one per language, so <html lang> is right on every page. */
export default async function RootLayout({ children, params }: Props & { children: React.ReactNode }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  )
}
