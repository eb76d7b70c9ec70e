import { LedgerError } from "./money.js";

/** For tests: the LedgerError code `fn` throws, or undefined when it does not throw; other errors propagate. */
export function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof LedgerError) return e.code;
    throw e;
  }
  return undefined;
}
