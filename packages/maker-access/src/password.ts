// Which PINs and passwords she may choose.

export const PIN_MIN = 6;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export type PasswordProblem = "pin_too_short" | "pin_too_simple" | "password_too_short" | "password_too_long" | "password_blank";

/** What she is told when her choice is refused: plain words, no value repeated. */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  pin_too_short: `A PIN needs at least ${PIN_MIN} digits.`,
  pin_too_simple: "This PIN is too easy to guess: all the same digit, or digits in a row. Choose other digits.",
  password_too_short: `A password needs at least ${PASSWORD_MIN} characters, or use a PIN of at least ${PIN_MIN} digits.`,
  password_too_long: `A password may have at most ${PASSWORD_MAX} characters.`,
  password_blank: "A password cannot be only spaces.",
};

/**
 * A PIN (digits only) of at least 6 digits that is not all one digit nor a run up or down (123456, 654321,
 * 890123); or a password of 8 to 128 characters, not only spaces. null when accepted. Characters are counted,
 * not bytes or UTF-16 units.
 */
export function passwordProblem(password: string): PasswordProblem | null {
  const characters = [...password];
  if (characters.length > PASSWORD_MAX) return "password_too_long";
  if (/^[0-9]+$/.test(password)) {
    if (characters.length < PIN_MIN) return "pin_too_short";
    return isSimplePin(password) ? "pin_too_simple" : null;
  }
  if (characters.length < PASSWORD_MIN) return "password_too_short";
  if (!password.trim()) return "password_blank";
  return null;
}

function isSimplePin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((digit, i) => (digit - digits[i]! + 10) % 10));
  // One step size throughout: 0 (111111), +1 (123456, 890123) or -1 (654321, 210987).
  return steps.size === 1 && [0, 1, 9].includes([...steps][0]!);
}
