import { Icon } from "./icons"

/** The backend could not answer now: say so, and offer the same page again. */
export function ProductUnavailable({ message, retryHref, retryLabel }: { message: string; retryHref: string; retryLabel: string }) {
  return (
    <>
      <p className="maker-alert" role="alert">
        {message}
      </p>
      <a href={retryHref} className="maker-button maker-button-quiet">
        <Icon name="refresh" />
        <span>{retryLabel}</span>
      </a>
    </>
  )
}
