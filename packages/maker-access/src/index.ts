// The rules of makers' portal logins, as pure functions with no dependencies, used by the backend (the
// authority, backend/src/modules/maker/access-rules.ts) and by the storefront's forms for instant messages.
// docs/maker-portal-api.md is the contract these follow.
export {
  IDENTIFIER_MAX,
  identifierKind,
  maskIdentifier,
  normaliseIdentifier,
  type IdentifierKind,
  type LoginIdentifier,
} from "./identifier.js";
export { PASSWORD_MAX, PASSWORD_MESSAGES, PASSWORD_MIN, PIN_MIN, passwordProblem, type PasswordProblem } from "./password.js";
export { compactInviteCode, formatInviteCode, INVITE_ALPHABET, INVITE_CODE_LENGTH, normaliseInviteCode } from "./invite-code.js";
