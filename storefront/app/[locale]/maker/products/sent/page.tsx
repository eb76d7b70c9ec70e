import { notFound } from "next/navigation"
import { ForgetDraft } from "@/components/maker/ForgetDraft"
import { Icon } from "@/components/maker/icons"
import { isLocale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"

type Props = { params: Promise<{ locale: string }> }

/** After "Kirim ke staf": it arrived, staff will check it; her products, or another one. */
export default async function ProductSentPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = getT(locale, "maker")
  return (
    <div className="maker-page maker-done">
      <ForgetDraft />
      <Icon name="check" className="maker-done-icon" />
      <h1>{t("sent.title")}</h1>
      <p className="maker-lead-strong" role="status">
        {t("sent.body")}
      </p>
      <div className="maker-step-buttons">
        <a href={portalPath(locale, "products")} className="maker-button">
          <Icon name="box" />
          <span>{t("sent.toProducts")}</span>
        </a>
        <a href={portalPath(locale, "products/new")} className="maker-button maker-button-quiet">
          <Icon name="plus" />
          <span>{t("sent.another")}</span>
        </a>
      </div>
    </div>
  )
}
