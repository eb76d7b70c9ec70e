import { formatCrafts, type Maker } from "@/lib/medusa"
import { makerPath } from "@/lib/site"
import { CARD_IMAGE_SIZES } from "./ProductCard"
import { MakerPortrait } from "./MakerPortrait"

/** A maker in the /makers grid: photo or initial, her name, her crafts, her city if she shows it. */
export function MakerCard({ maker, priority }: { maker: Maker; priority?: "high" }) {
  return (
    <li className="card">
      <a href={makerPath(maker.handle)} className="card-link maker-card">
        <MakerPortrait maker={maker} sizes={CARD_IMAGE_SIZES} priority={priority} className="card-media" />
        <h2 className="card-title">{maker.name}</h2>
        {maker.isCollective ? (
          <p className="card-meta">Karya yang dirangkai bersama</p>
        ) : (
          <>
            {maker.crafts.length > 0 && <p className="card-meta">{formatCrafts(maker.crafts)}</p>}
            {maker.city && <p className="card-meta card-city">{maker.city}</p>}
          </>
        )}
      </a>
    </li>
  )
}
