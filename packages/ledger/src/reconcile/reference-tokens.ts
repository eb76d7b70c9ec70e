/*
 * References compared as token sequences, so case, spaces, hyphens, underscores, slashes and dots do not
 * matter ("RK-12-3" = "rk 12 3" = "RK12-3" = "RK_12_3"), while the boundaries between numbers still do:
 * "RK-12-3" is [RK, 12, 3] and "RK-1-23" is [RK, 1, 23], so they never match each other. A bank that
 * strips every separator ("RK123") is therefore not matched automatically — that text could be either
 * payout — and staff match the line by hand.
 */
export function referenceTokens(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .toUpperCase()
      .match(/[A-Z]+|[0-9]+/g) ?? []
  );
}

/** True when `needle` occurs as a contiguous run of whole tokens in `haystack`. */
export function containsTokens(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((token, i) => haystack[start + i] === token)) return true;
  }
  return false;
}
