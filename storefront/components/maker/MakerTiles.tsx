import { Icon, type IconName } from "./icons"

export type Tile = { key: string; href: string; icon: IconName; label: string }

/** The home screen's big tiles, one per task: an icon above a word, the whole tile a link. */
export function MakerTiles({ label, tiles }: { label: string; tiles: Tile[] }) {
  return (
    <nav aria-label={label}>
      <ul className="maker-tiles">
        {tiles.map((tile) => (
          <li key={tile.key}>
            <a href={tile.href} className="maker-tile">
              <Icon name={tile.icon} className="maker-tile-icon" />
              <span>{tile.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
