/** A handle from the URL, percent-decoded; a malformed escape stays as it is (the lookups reject it as impossible). */
export function decodeHandle(raw: string): string {
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
