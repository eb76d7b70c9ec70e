import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Icon } from "@/components/maker/icons"
import { isLocale, type Locale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { setRequestLocale } from "@/lib/i18n/request-locale"
import { getT } from "@/lib/i18n/translate"
import "@/components/maker/maker.css"

type Props = { params: Promise<{ locale: string }> }

// Every portal page is about the maker who is logged in (or about to): rendered per request, never cached.
export const dynamic = "force-dynamic"

/**
 * One neutral title on every portal page; no description or preview that could say what the program is;
 * never indexed; the Referer (an invitation code in the URL) never leaves the store.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale, "maker")
  return {
    title: { absolute: t("title") },
    description: null,
    openGraph: null,
    alternates: null,
    robots: { index: false, follow: false },
    referrer: "same-origin",
  }
}

/** The makers' portal: the store's name and the language, nothing of the shop around it. */
export default async function PortalLayout({ children, params }: Props & { children: React.ReactNode }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  const t = getT(locale, "maker")
  const other: Locale = locale === "id" ? "en" : "id"
  return (
    <>
      <a className="skip-link" href="#content">
        {getT(locale, "common")("skipToContent")}
      </a>
      <header className="maker-header">
        <div className="maker-header-inner">
          <a href={portalPath(locale)} className="maker-brand">
            <span className="maker-brand-name">{getT(locale, "common")("siteName")}</span>
            <span className="maker-brand-portal">{t("portalName")}</span>
          </a>
          {/* The same page in the other language (the Referer says which page: /api/preferences). */}
          <a
            href={`/api/preferences?locale=${other}`}
            hrefLang={other}
            lang={other}
            rel="nofollow"
            className="maker-lang"
            aria-label={t("language.switchLabel")}
          >
            <Icon name="globe" />
            <span>{t("language.switch")}</span>
          </a>
        </div>
      </header>
      <main id="content" className="maker-main">
        {children}
      </main>
    </>
  )
}
