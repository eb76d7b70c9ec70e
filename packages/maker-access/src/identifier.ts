// Her login identifier: her phone number or her email, in the one form it is stored and compared in, and how
// it is shown masked. docs/maker-portal-api.md is the contract these follow.

export type IdentifierKind = "phone" | "email";

export interface LoginIdentifier {
  kind: IdentifierKind;
  /** The one stored form: E.164 for phones ("+6281234567890"), trimmed and lowercased for emails. */
  value: string;
}

const INDONESIA = "62";
/** Digits of an Indonesian number after +62 (mobile 8xx…, or an area code and number): 8 to 12. */
const INDONESIAN_NATIONAL = /^[1-9][0-9]{7,11}$/;
/** Any other country: E.164 allows at most 15 digits in all. */
const INTERNATIONAL = /^[1-9][0-9]{7,14}$/;
const PHONE_CHARACTERS = /^\+?[0-9\s().-]+$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** The longest identifier accepted (an email's limit). */
export const IDENTIFIER_MAX = 254;

/**
 * Her phone number or email in its stored form, or null when it is neither. Indonesian numbers are accepted
 * as people write them: "0812-3456-7890", "+62 812 3456 7890", "62812…", "0062 812…", "(0812) 3456 7890",
 * "+62 (0)812…", or "812…" without the leading 0. Numbers of other countries need their "+" (or "00").
 */
export function normaliseIdentifier(input: unknown): LoginIdentifier | null {
  if (typeof input !== "string") return null;
  const text = input.trim();
  if (!text || text.length > IDENTIFIER_MAX) return null;
  if (text.includes("@")) {
    const email = text.toLowerCase();
    return EMAIL.test(email) ? { kind: "email", value: email } : null;
  }
  if (!PHONE_CHARACTERS.test(text)) return null;
  const phone = normalisePhone(text);
  return phone ? { kind: "phone", value: phone } : null;
}

function normalisePhone(text: string): string | null {
  const international = text.startsWith("+");
  let digits = text.replace(/[^0-9]/g, "");
  if (!international && digits.startsWith("00")) return normaliseInternational(digits.slice(2));
  if (international) return normaliseInternational(digits);
  if (digits.startsWith(INDONESIA)) digits = digits.slice(INDONESIA.length);
  else if (digits.startsWith("0")) digits = digits.slice(1);
  else if (!digits.startsWith("8")) return null;
  return indonesian(digits);
}

function normaliseInternational(digits: string): string | null {
  if (digits.startsWith(INDONESIA)) return indonesian(digits.slice(INDONESIA.length));
  return INTERNATIONAL.test(digits) ? `+${digits}` : null;
}

/** "+62" and her national number; a trunk 0 written after the country code ("+62 0812…") is dropped. */
function indonesian(national: string): string | null {
  const digits = national.startsWith("0") ? national.slice(1) : national;
  return INDONESIAN_NATIONAL.test(digits) ? `+${INDONESIA}${digits}` : null;
}

/**
 * Her identifier as she may see it on a shared or watched screen: "+62812****890", "s***@g***.com". The
 * number of hidden characters is not shown.
 */
export function maskIdentifier(identifier: string): string {
  if (identifier.includes("@")) {
    const [local = "", domain = ""] = identifier.split("@");
    const dot = domain.lastIndexOf(".");
    const tld = dot > 0 ? domain.slice(dot) : "";
    return `${local.charAt(0)}***@${domain.charAt(0)}***${tld}`;
  }
  const keepStart = identifier.length >= 10 ? 6 : 3;
  return `${identifier.slice(0, keepStart)}****${identifier.slice(-3)}`;
}

/** Whether a stored identifier is an email or a phone number. */
export const identifierKind = (identifier: string): IdentifierKind => (identifier.includes("@") ? "email" : "phone");
