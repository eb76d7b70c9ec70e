// How invite codes look, and how what she typed is read back. (New codes are drawn, and stored as a keyed
// hash, by the backend.)

/** Letters and digits that cannot be mistaken for one another: no 0/O, 1/I/L. */
export const INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const INVITE_CODE_LENGTH = 8;

/** "K7MPX3QD" → "K7MP-X3QD", as staff read it out or write it down. */
export const formatInviteCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What she typed without spaces and hyphens, in upper case; not yet checked (see normaliseInviteCode). */
export const compactInviteCode = (input: string) => input.replace(/[\s-]/g, "").toUpperCase();

/** What she typed, in the stored form: case, spaces and hyphens do not matter. null when it cannot be a code. */
export function normaliseInviteCode(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const code = compactInviteCode(input);
  if (code.length !== INVITE_CODE_LENGTH) return null;
  return [...code].every((character) => INVITE_ALPHABET.includes(character)) ? code : null;
}
