import type { PortalOrderItem } from "@/lib/medusa/maker-shapes"
import { Icon } from "./icons"

export type OrderItemWords = {
  quantity: string
  /** "Buat sebelum 12 Des" or "Serahkan sebelum 12 Des"; null once shipped. */
  due: string | null
  status: string
  markReady: string
}

/**
 * One item she is to make or hand over: photo, what, how many, by when, and a big "Sudah siap" button (a plain
 * form post) until it is ready; then "Siap ✓".
 */
export function OrderItemCard({
  item,
  words,
  locale,
  action,
}: {
  item: PortalOrderItem
  words: OrderItemWords
  locale: string
  action: (form: FormData) => Promise<void>
}) {
  const open = item.status === "to_make" || item.status === "to_hand_over"
  return (
    <li className={`maker-order maker-order-${item.status}`}>
      <div className="maker-order-head">
        <span className="maker-card-photo">
          {item.thumbnail ? (
            <img src={item.thumbnail} alt="" loading="lazy" decoding="async" />
          ) : (
            <span className="maker-card-nophoto">
              <Icon name="box" />
            </span>
          )}
        </span>
        <span className="maker-card-body">
          <span className="maker-card-title">
            {item.title}
            {item.variantTitle && item.variantTitle !== "Default" ? ` · ${item.variantTitle}` : ""}
          </span>
          <span className="maker-order-quantity">{words.quantity}</span>
          {words.due && (
            <span className="maker-order-due">
              <Icon name="clock" />
              <span>{words.due}</span>
            </span>
          )}
          {!open && (
            <span className={`maker-badge maker-badge-${item.status === "ready" ? "live" : "paused"}`}>
              {/* "Siap ✓" carries its own mark. */}
              {item.status !== "ready" && <Icon name="send" />}
              <span>{words.status}</span>
            </span>
          )}
        </span>
      </div>
      {open && (
        <form action={action}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="item" value={item.id} />
          <button type="submit" className="maker-button">
            <Icon name="check" />
            <span>{words.markReady}</span>
          </button>
        </form>
      )}
    </li>
  )
}
