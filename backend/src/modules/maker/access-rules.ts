// The rules of makers' portal logins, as pure functions (no Medusa imports): how a login identifier (her phone
// number or email) is written, how it is shown masked, which PINs and passwords are accepted, and how invite
// codes look. docs/maker-portal-api.md is the contract these follow.
import crypto from "node:crypto"

/** Her actor type in Medusa's auth module: her auth identity carries app_metadata.maker_id. */
export const MAKER_ACTOR = "maker"
/** The auth provider of portal logins; its "email" is her identifier (a phone number or an email). */
export const MAKER_AUTH_PROVIDER = "emailpass"

export type IdentifierKind = "phone" | "email"

export interface LoginIdentifier {
  kind: IdentifierKind
  /** The one stored form: E.164 for phones ("+6281234567890"), trimmed and lowercased for emails. */
  value: string
}

const INDONESIA = "62"
/** Digits of an Indonesian number after +62 (mobile 8xx…, or an area code and number): 8 to 12. */
const INDONESIAN_NATIONAL = /^[1-9][0-9]{7,11}$/
/** Any other country: E.164 allows at most 15 digits in all. */
const INTERNATIONAL = /^[1-9][0-9]{7,14}$/
const PHONE_CHARACTERS = /^\+?[0-9\s().-]+$/
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const EMAIL_MAX = 254

/**
 * Her phone number or email in its stored form, or null when it is neither. Indonesian numbers are accepted
 * as people write them: "0812-3456-7890", "+62 812 3456 7890", "62812…", "0062 812…", "(0812) 3456 7890",
 * "+62 (0)812…", or "812…" without the leading 0. Numbers of other countries need their "+" (or "00").
 */
export function normaliseIdentifier(input: unknown): LoginIdentifier | null {
  if (typeof input !== "string") return null
  const text = input.trim()
  if (!text || text.length > EMAIL_MAX) return null
  if (text.includes("@")) {
    const email = text.toLowerCase()
    return EMAIL.test(email) ? { kind: "email", value: email } : null
  }
  if (!PHONE_CHARACTERS.test(text)) return null
  const phone = normalisePhone(text)
  return phone ? { kind: "phone", value: phone } : null
}

function normalisePhone(text: string): string | null {
  const international = text.startsWith("+")
  let digits = text.replace(/[^0-9]/g, "")
  if (!international && digits.startsWith("00")) return normaliseInternational(digits.slice(2))
  if (international) return normaliseInternational(digits)
  if (digits.startsWith(INDONESIA)) digits = digits.slice(INDONESIA.length)
  else if (digits.startsWith("0")) digits = digits.slice(1)
  else if (!digits.startsWith("8")) return null
  return indonesian(digits)
}

function normaliseInternational(digits: string): string | null {
  if (digits.startsWith(INDONESIA)) return indonesian(digits.slice(INDONESIA.length))
  return INTERNATIONAL.test(digits) ? `+${digits}` : null
}

/** "+62" and her national number; a trunk 0 written after the country code ("+62 0812…") is dropped. */
function indonesian(national: string): string | null {
  const digits = national.startsWith("0") ? national.slice(1) : national
  return INDONESIAN_NATIONAL.test(digits) ? `+${INDONESIA}${digits}` : null
}

/**
 * Her identifier as she may see it on a shared or watched screen: "+62812****890", "s***@g***.com". The
 * number of hidden characters is not shown.
 */
export function maskIdentifier(identifier: string): string {
  if (identifier.includes("@")) {
    const [local, domain] = identifier.split("@")
    const dot = domain.lastIndexOf(".")
    const tld = dot > 0 ? domain.slice(dot) : ""
    return `${local.charAt(0)}***@${domain.charAt(0)}***${tld}`
  }
  const keepStart = identifier.length >= 10 ? 6 : 3
  return `${identifier.slice(0, keepStart)}****${identifier.slice(-3)}`
}

export const identifierKind = (identifier: string): IdentifierKind => (identifier.includes("@") ? "email" : "phone")

// PINs and passwords ----------------------------------------------------------------------------------------

export const PIN_MIN = 6
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128

export type PasswordProblem = "pin_too_short" | "pin_too_simple" | "password_too_short" | "password_too_long" | "password_blank"

/** What she is told when her choice is refused: plain words, no value repeated. */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  pin_too_short: `A PIN needs at least ${PIN_MIN} digits.`,
  pin_too_simple: "This PIN is too easy to guess: all the same digit, or digits in a row. Choose other digits.",
  password_too_short: `A password needs at least ${PASSWORD_MIN} characters, or use a PIN of at least ${PIN_MIN} digits.`,
  password_too_long: `A password may have at most ${PASSWORD_MAX} characters.`,
  password_blank: "A password cannot be only spaces.",
}

/**
 * A PIN (digits only) of at least 6 digits that is not all one digit nor a run up or down (123456, 654321,
 * 890123); or a password of 8 to 128 characters. null when accepted.
 */
export function passwordProblem(password: string): PasswordProblem | null {
  const characters = [...password]
  if (characters.length > PASSWORD_MAX) return "password_too_long"
  if (/^[0-9]+$/.test(password)) {
    if (characters.length < PIN_MIN) return "pin_too_short"
    return isSimplePin(password) ? "pin_too_simple" : null
  }
  if (characters.length < PASSWORD_MIN) return "password_too_short"
  if (!password.trim()) return "password_blank"
  return null
}

function isSimplePin(pin: string): boolean {
  const digits = [...pin].map(Number)
  const steps = new Set(digits.slice(1).map((digit, i) => (digit - digits[i] + 10) % 10))
  // One step size throughout: 0 (111111), +1 (123456, 890123) or -1 (654321, 210987).
  return steps.size === 1 && [0, 1, 9].includes([...steps][0])
}

// Invite codes ----------------------------------------------------------------------------------------------

/** Letters and digits that cannot be mistaken for one another: no 0/O, 1/I/L. */
export const INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
export const INVITE_CODE_LENGTH = 8
export const INVITE_VALID_DAYS = 7

/** A new random code, e.g. "K7MPX3QD" (8 characters, about 40 bits). */
export function newInviteCode(): string {
  return Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_ALPHABET[crypto.randomInt(INVITE_ALPHABET.length)]).join("")
}

/** "K7MPX3QD" → "K7MP-X3QD", as staff read it out or write it down. */
export const formatInviteCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`

/** What she typed, in the stored form: case, spaces and hyphens do not matter. null when it cannot be a code. */
export function normaliseInviteCode(input: unknown): string | null {
  if (typeof input !== "string") return null
  const code = input.replace(/[\s-]/g, "").toUpperCase()
  if (code.length !== INVITE_CODE_LENGTH) return null
  return [...code].every((character) => INVITE_ALPHABET.includes(character)) ? code : null
}

/**
 * The stored form of a code: an HMAC with a server secret, so that a copy of the database alone does not
 * give the codes back (8 characters are few enough to try them all against a plain hash).
 */
export const hashInviteCode = (code: string, secret: string) =>
  crypto.createHmac("sha256", secret).update(`maker-invite:${code}`).digest("hex")

export const inviteLink = (storefrontUrl: string, code: string) =>
  `${storefrontUrl.replace(/\/+$/, "")}/maker/join?code=${formatInviteCode(code)}`

// Messages --------------------------------------------------------------------------------------------------

/** The one answer for a wrong, expired, used or replaced invite code: which of these is not said. */
export const INVALID_INVITE_MESSAGE = "This invite code is not valid. Ask the staff for a new one."
export const IDENTIFIER_TAKEN_MESSAGE =
  "This phone number or email is already used by another account. Use another one, or ask the staff for help."
export const IDENTIFIER_INVALID_MESSAGE =
  "Enter your phone number (such as 0812-3456-7890) or your email address."
export const TOO_MANY_ATTEMPTS_MESSAGE = "Too many attempts. Try again in 15 minutes."
export const SESSION_ENDED_MESSAGE = "Your session has ended. Please log in again."
