/** What a portal form's server action answers (useActionState): translated messages and what was typed. */
export type MakerFormState = {
  status: "idle" | "error"
  /** The message at the top of the form (role="alert"). */
  message?: string
  /** Field name → translated message, shown under the field. */
  fieldErrors?: Record<string, string>
  /** What she typed, to fill the form again: never her PIN or password. */
  values?: Record<string, string>
  /** A link shown with the message (e.g. "Masuk" when her number already has an account). */
  link?: { href: string; label: string }
}

export const MAKER_IDLE: MakerFormState = { status: "idle" }

/** How she identifies herself and what she types as a secret; the forms switch keyboards by these. */
export type IdentifierMode = "phone" | "email"
export type SecretMode = "pin" | "password"

export function identifierMode(value: unknown): IdentifierMode {
  return value === "email" ? "email" : "phone"
}

export function secretMode(value: unknown): SecretMode {
  return value === "password" ? "password" : "pin"
}
