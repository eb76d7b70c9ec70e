import type { ReactNode } from "react"
import { Icon } from "./icons"

/**
 * A screen that changes one thing of a product: back to the product, the title, what the change means for
 * the shop (when it sends the product back to staff), the problem with what she sent, and the form.
 */
export function EditScreen({
  backHref,
  backLabel,
  title,
  warning,
  error,
  children,
}: {
  backHref: string
  backLabel: string
  title: string
  warning?: string | null
  error?: string | null
  children: ReactNode
}) {
  return (
    <div className="maker-page">
      <a href={backHref} className="maker-back">
        <Icon name="back" />
        <span>{backLabel}</span>
      </a>
      <h1 id="edit-title">{title}</h1>
      {warning && <p className="maker-notice">{warning}</p>}
      {error && (
        <p className="maker-alert" role="alert">
          {error}
        </p>
      )}
      {children}
    </div>
  )
}

/** "Simpan" and "Batal" (back to the product, nothing changed). */
export function SaveButtons({ save, cancel, cancelHref }: { save: string; cancel: string; cancelHref: string }) {
  return (
    <div className="maker-step-buttons">
      <button type="submit" className="maker-button">
        <Icon name="check" />
        <span>{save}</span>
      </button>
      <a href={cancelHref} className="maker-button maker-button-quiet">
        <Icon name="back" />
        <span>{cancel}</span>
      </a>
    </div>
  )
}
