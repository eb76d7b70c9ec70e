/**
 * Validation of the makers' portal forms (zod), checked here for instant, plain messages and again by the
 * backend. The rules themselves are the backend's, shared through @rumah-karya/maker-access
 * (packages/maker-access): a form refused here is refused there too. What is here is the storefront's own:
 * zod schemas, and error messages that are keys of the "maker" catalogue's `errors` (e.g. "pinSequence"),
 * translated by the caller.
 *
 * - Identifier: her phone number, as people write Indonesian numbers ("0812-3456-7890", "+62 812…",
 *   "812…"; other countries with their "+"), or her email. Sent in the stored form: "+6281234567890",
 *   a lower-case email.
 * - New PIN or password: a PIN of at least 6 digits that is not one digit repeated (111111) nor a run up or
 *   down (123456, 654321, 890123); or a password of 8 to 128 characters, not only spaces.
 * - Invitation code: 8 letters and digits without look-alikes (no 0/O, 1/I/L), shown as staff wrote it
 *   ("ABCD-EFGH"); case, spaces and dashes don't matter.
 */
import {
  compactInviteCode,
  formatInviteCode,
  IDENTIFIER_MAX,
  INVITE_CODE_LENGTH,
  normaliseIdentifier,
  normaliseInviteCode,
  PASSWORD_MAX,
  passwordProblem,
  type PasswordProblem,
} from "@rumah-karya/maker-access"
import { z } from "zod"

/** True when what she typed is meant as an email (it has an @ or letters), not a phone number. */
export function looksLikeEmail(raw: string): boolean {
  return raw.includes("@") || /[a-z]/i.test(raw)
}

export const identifierSchema = z
  .string()
  .trim()
  .min(1, "identifierRequired")
  .max(IDENTIFIER_MAX, "tooLong")
  .transform((raw, ctx) => {
    const parsed = normaliseIdentifier(raw)
    if (parsed) return parsed.value
    ctx.addIssue({ code: "custom", message: looksLikeEmail(raw) ? "emailInvalid" : "phoneInvalid" })
    return z.NEVER
  })

/** The message key for each of the backend's reasons to refuse a new PIN or password. */
const SECRET_PROBLEM_KEYS: Record<Exclude<PasswordProblem, "pin_too_simple">, string> = {
  pin_too_short: "pinTooShort",
  password_too_short: "passwordTooShort",
  password_too_long: "tooLong",
  password_blank: "passwordBlank",
}

/** Why a new PIN or password is refused (a message key), or null when it is good. */
export function secretProblem(secret: string): string | null {
  if (secret === "") return "secretRequired"
  const problem = passwordProblem(secret)
  if (problem === null) return null
  // One rule, two messages: one digit repeated (111111), or a run up or down (123456, 654321, 890123).
  if (problem === "pin_too_simple") return new Set(secret).size === 1 ? "pinSameDigits" : "pinSequence"
  return SECRET_PROBLEM_KEYS[problem]
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
  .refine((secret) => [...secret].length <= PASSWORD_MAX, "tooLong")

/**
 * The code as she sees it in the form: "abcd efgh", "ABCDEFGH" → "ABCD-EFGH" (upper case, without spaces,
 * dashed in the middle when it has 8 characters); not yet checked.
 */
export function normaliseCode(raw: string): string {
  const code = compactInviteCode(raw)
  return code.length === INVITE_CODE_LENGTH ? formatInviteCode(code) : code
}

/** The invitation code, sent as "ABCD-EFGH" (the backend reads it whatever the case, spaces and dashes). */
export const inviteCodeSchema = z.string().transform((raw, ctx) => {
  const code = normaliseInviteCode(raw)
  if (code) return formatInviteCode(code)
  ctx.addIssue({ code: "custom", message: compactInviteCode(raw) ? "codeInvalid" : "codeRequired" })
  return z.NEVER
})

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
