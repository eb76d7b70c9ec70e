/** What a form's server action answers (useActionState): translated messages, and what was typed. */
export type FormState = {
  /** "card": the order is checked and saved, and waits for the card payment (the checkout's card step). */
  status: "idle" | "error" | "success" | "card"
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
  /** With status "card": the Stripe PaymentIntent's client secret, for the Payment Element. */
  clientSecret?: string
  /** With status "card": the pay button's words with the cart's total ("Bayar Rp 250.000", "Pay $12.00"). */
  payLabel?: string
}

export const IDLE: FormState = { status: "idle" }
