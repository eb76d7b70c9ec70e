/**
 * Validation of the makers' portal forms (zod), checked here for instant, plain messages and again by the
 * backend, whose rules these follow (backend/src/modules/maker/access-rules.ts is the authority: a form
 * refused here would be refused there too). Error messages are keys of the "maker" catalogue's `errors`
 * (e.g. "pinSequence"), translated by the caller.
 *
 * - Identifier: her phone number, as people write Indonesian numbers ("0812-3456-7890", "+62 812…",
 *   "812…"; other countries with their "+"), or her email. Sent in the stored form: "+6281234567890",
 *   a lower-case email.
 * - New PIN or password: a PIN of at least 6 digits that is not one digit repeated (111111) nor a run up or
 *   down (123456, 654321, 890123); or a password of 8 to 128 characters, not only spaces.
 * - Invitation code: 8 letters and digits, shown as staff wrote it ("ABCD-EFGH"); case, spaces and dashes
 *   don't matter.
 */
import { z } from "zod"

export const PIN_MIN = 6
export const PASSWORD_MIN = 8
export const SECRET_MAX = 128
export const CODE_LENGTH = 8

export type IdentifierKind = "phone" | "email"
export type Identifier = { kind: IdentifierKind; value: string }

const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const PHONE_CHARACTERS = /^\+?[0-9\s().-]+$/
/** After +62: a mobile (8…) or area-code number, 8 to 12 digits. */
const INDONESIAN_NATIONAL = /^[1-9][0-9]{7,11}$/
/** Other countries (E.164): at most 15 digits in all. */
const INTERNATIONAL = /^[1-9][0-9]{7,14}$/

/** True when what she typed is meant as an email (it has an @ or letters), not a phone number. */
export function looksLikeEmail(raw: string): boolean {
  return raw.includes("@") || /[a-z]/i.test(raw)
}

/**
 * Her phone number or email, normalised ("0812-3456-7890" → "+6281234567890", " Rina@Mail.COM" →
 * "rina@mail.com"), or null when it is neither.
 */
export function parseIdentifier(raw: string): Identifier | null {
  const text = raw.trim()
  if (!text || text.length > 254) return null
  if (text.includes("@")) {
    const email = text.toLowerCase()
    return EMAIL_PATTERN.test(email) ? { kind: "email", value: email } : null
  }
  if (!PHONE_CHARACTERS.test(text)) return null
  const phone = normalisePhone(text)
  return phone ? { kind: "phone", value: phone } : null
}

function normalisePhone(text: string): string | null {
  let digits = text.replace(/[^0-9]/g, "")
  if (text.startsWith("+")) return international(digits)
  if (digits.startsWith("00")) return international(digits.slice(2))
  if (digits.startsWith("62")) digits = digits.slice(2)
  else if (digits.startsWith("0")) digits = digits.slice(1)
  else if (!digits.startsWith("8")) return null
  return indonesian(digits)
}

function international(digits: string): string | null {
  if (digits.startsWith("62")) return indonesian(digits.slice(2))
  return INTERNATIONAL.test(digits) ? `+${digits}` : null
}

/** "+62" and her national number; a 0 written after the country code ("+62 (0)812…") is dropped. */
function indonesian(national: string): string | null {
  const digits = national.startsWith("0") ? national.slice(1) : national
  return INDONESIAN_NATIONAL.test(digits) ? `+62${digits}` : null
}

export const identifierSchema = z
  .string()
  .trim()
  .min(1, "identifierRequired")
  .max(254, "tooLong")
  .transform((raw, ctx) => {
    const parsed = parseIdentifier(raw)
    if (parsed) return parsed.value
    ctx.addIssue({ code: "custom", message: looksLikeEmail(raw) ? "emailInvalid" : "phoneInvalid" })
    return z.NEVER
  })

/** A PIN: digits only (what a number keypad types). */
export function isPin(secret: string): boolean {
  return /^\d+$/.test(secret)
}

/** Why a new PIN or password is refused (a message key), or null when it is good. */
export function secretProblem(secret: string): string | null {
  if (secret === "") return "secretRequired"
  const length = [...secret].length
  if (length > SECRET_MAX) return "tooLong"
  if (isPin(secret)) {
    if (length < PIN_MIN) return "pinTooShort"
    const step = pinStep(secret)
    if (step === 0) return "pinSameDigits"
    if (step === 1 || step === 9) return "pinSequence"
    return null
  }
  if (length < PASSWORD_MIN) return "passwordTooShort"
  return secret.trim() === "" ? "passwordBlank" : null
}

/**
 * The one step (mod 10) from each digit to the next, or null when the steps differ: 0 for 111111, 1 for
 * 123456 and 890123, 9 for 654321 and 210987.
 */
function pinStep(digits: string): number | null {
  const steps = new Set<number>()
  for (let i = 1; i < digits.length; i++) steps.add((Number(digits[i]) - Number(digits[i - 1]) + 10) % 10)
  return steps.size === 1 ? [...steps][0] : null
}

/** A new PIN or password (never trimmed: she must be able to type exactly the same again). */
export const newSecretSchema = z.string().superRefine((secret, ctx) => {
  const problem = secretProblem(secret)
  if (problem) ctx.addIssue({ code: "custom", message: problem })
})

/** The PIN or password at login: anything she typed; the backend decides. */
export const secretSchema = z
  .string()
  .min(1, "secretRequired")
  .refine((secret) => [...secret].length <= SECRET_MAX, "tooLong")

/** "abcd efgh", "ABCDEFGH" → "ABCD-EFGH": upper case, without spaces, dashed in the middle when it has 8. */
export function normaliseCode(raw: string): string {
  const code = raw.replace(/[\s_-]/g, "").toUpperCase()
  return code.length === CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code
}

export const inviteCodeSchema = z
  .string()
  .transform(normaliseCode)
  .pipe(
    z
      .string()
      .min(1, "codeRequired")
      .regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/, "codeInvalid")
  )

export const makerLoginSchema = z.object({
  identifier: identifierSchema,
  password: secretSchema,
})

/** True when both PIN fields were read (whatever else is wrong with the form). */
function hasSecrets(payload: { value: unknown }): boolean {
  const value = payload.value as { password?: unknown; repeat?: unknown } | null
  return typeof value?.password === "string" && typeof value.repeat === "string"
}

export const makerJoinSchema = z
  .object({
    code: inviteCodeSchema,
    identifier: identifierSchema,
    password: newSecretSchema,
    repeat: z.string(),
  })
  // Checked even when other fields are wrong (`when`), so that she sees every problem at once.
  .refine((value) => value.repeat !== "", { path: ["repeat"], message: "repeatRequired", when: hasSecrets })
  .refine((value) => value.repeat === "" || value.repeat === value.password, {
    path: ["repeat"],
    message: "repeatMismatch",
    when: hasSecrets,
  })
