import { collectiveName, type MakerSummary } from "@/lib/medusa"
import type { Locale } from "@/lib/i18n/config"
import { makerPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { MakerPortrait } from "./MakerPortrait"

/** Who made this product, linking to her page. Group work (and a hidden maker's) is credited to the Collective. */
export function ProductMaker({ maker, locale }: { maker: MakerSummary; locale: Locale }) {
  const t = getT(locale, "catalog")
  return (
    <a href={makerPath(locale, maker.handle)} className="product-maker">
      <MakerPortrait maker={maker} sizes="3.5rem" className="product-maker-portrait" />
      <span className="product-maker-text">
        <span className="product-maker-name">
          {maker.isCollective
            ? t("maker.madeTogether", { name: collectiveName(maker.name) })
            : t("maker.madeBy", { name: maker.name })}
        </span>{" "}
        <span className="product-maker-more">{maker.isCollective ? t("maker.aboutTogether") : t("maker.meetHer")}</span>
      </span>
    </a>
  )
}
