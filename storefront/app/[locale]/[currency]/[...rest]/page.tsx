import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { isLocale } from "@/lib/i18n/config"
import { getT } from "@/lib/i18n/translate"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = getT(locale, "common")
  return { title: t("notFound.title"), description: t("notFound.description"), robots: { index: false } }
}

/** Any path no route matches: the shop's own 404 page, inside its layout and language. */
export default function UnknownPage() {
  notFound()
}
