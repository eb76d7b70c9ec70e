import { collectiveName, type MakerSummary } from "@/lib/medusa"
import { makerPath } from "@/lib/site"
import { MakerPortrait } from "./MakerPortrait"

/** Who made this product, linking to her page. Group work (and a hidden maker's) is credited to the Collective. */
export function ProductMaker({ maker }: { maker: MakerSummary }) {
  return (
    <a href={makerPath(maker.handle)} className="product-maker">
      <MakerPortrait maker={maker} sizes="3.5rem" className="product-maker-portrait" />
      <span className="product-maker-text">
        <span className="product-maker-name">
          {maker.isCollective ? `Dibuat bersama oleh ${collectiveName(maker.name)}` : `Dibuat oleh ${maker.name}`}
        </span>{" "}
        <span className="product-maker-more">{maker.isCollective ? "Tentang karya bersama" : "Kenali pembuatnya"}</span>
      </span>
    </a>
  )
}
