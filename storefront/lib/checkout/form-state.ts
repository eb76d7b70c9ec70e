/** What a form's server action answers (useActionState): translated messages, and what was typed. */
export type FormState = {
  status: "idle" | "error" | "success"
  /** The summary: an error (role="alert") or a confirmation (role="status"). */
  message?: string
  /** Field name → translated message, shown next to the field. */
  fieldErrors?: Record<string, string>
  /** What the buyer typed, to fill the form again after an error. */
  values?: Record<string, string>
  /** The cart's new item count after a change (the header updates from it). */
  cartCount?: number
  /** A follow-up link shown with the message (e.g. "View cart"). */
  link?: { href: string; label: string }
}

export const IDLE: FormState = { status: "idle" }
