// The rules of makers' portal logins: how a login identifier (her phone number or email) is written, how it is
// shown masked, which PINs and passwords are accepted, and how invite codes look. The pure rules live in
// @rumah-karya/maker-access (packages/maker-access), shared with the storefront's forms; this file adds what
// only the backend does (drawing and hashing invite codes with node:crypto, her actor and auth provider, the
// English answers of the API) and is where the backend imports all of them from. docs/maker-portal-api.md is
// the contract these follow.
import crypto from "node:crypto"
import { formatInviteCode, INVITE_ALPHABET, INVITE_CODE_LENGTH } from "@rumah-karya/maker-access"

export {
  formatInviteCode,
  identifierKind,
  INVITE_ALPHABET,
  INVITE_CODE_LENGTH,
  maskIdentifier,
  normaliseIdentifier,
  normaliseInviteCode,
  PASSWORD_MAX,
  PASSWORD_MESSAGES,
  PASSWORD_MIN,
  passwordProblem,
  PIN_MIN,
  type IdentifierKind,
  type LoginIdentifier,
  type PasswordProblem,
} from "@rumah-karya/maker-access"

/** Her actor type in Medusa's auth module: her auth identity carries app_metadata.maker_id. */
export const MAKER_ACTOR = "maker"
/** The auth provider of portal logins; its "email" is her identifier (a phone number or an email). */
export const MAKER_AUTH_PROVIDER = "emailpass"

// Invite codes ----------------------------------------------------------------------------------------------

export const INVITE_VALID_DAYS = 7

/** A new random code, e.g. "K7MPX3QD" (8 characters, about 40 bits). */
export function newInviteCode(): string {
  return Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_ALPHABET[crypto.randomInt(INVITE_ALPHABET.length)]).join("")
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
