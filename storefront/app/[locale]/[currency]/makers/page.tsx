import type { Metadata } from "next"
import { MakerCard } from "@/components/MakerCard"
import { listMakers } from "@/lib/medusa"
import { languageAlternates, localePath, makersPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { shopParams, type ShopParams } from "@/lib/route-params"

export const revalidate = 300

/** Cards in the first row on a phone: their photos load eagerly (the likely LCP element). */
const PRIORITY_CARDS = 2

type Props = { params: Promise<ShopParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = shopParams(await params)
  const t = getT(locale, "catalog")
  return {
    title: t("makers.title"),
    description: t("makers.description"),
    alternates: { canonical: makersPath(locale), languages: languageAlternates("/makers") },
    openGraph: { title: t("makers.title"), description: t("makers.description"), url: makersPath(locale) },
  }
}

export default async function MakersPage({ params }: Props) {
  const { locale } = shopParams(await params)
  const t = getT(locale, "catalog")
  const common = getT(locale, "common")
  const makers = await listMakers()

  return (
    <>
      <nav aria-label={common("breadcrumb")} className="breadcrumb container">
        <ol>
          <li>
            <a href={localePath(locale, "/")}>{common("home")}</a>
          </li>
          <li aria-current="page">{common("nav.makers")}</li>
        </ol>
      </nav>
      <section className="intro intro-after-breadcrumb container" aria-labelledby="makers-title">
        <h1 id="makers-title">{t("makers.title")}</h1>
        {/* About the collective as a whole; individual makers are never described here beyond their profile. */}
        <p className="intro-lead">{t("makers.lead")}</p>
        <p className="intro-note">{t("makers.note")}</p>
      </section>

      <section className="category container" aria-label={t("makers.listLabel")}>
        {makers.length === 0 ? (
          <p className="empty">{t("makers.empty")}</p>
        ) : (
          <ul className="grid">
            {makers.map((maker, i) => (
              <MakerCard
                key={maker.handle}
                maker={maker}
                locale={locale}
                priority={i < PRIORITY_CARDS ? "high" : undefined}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
