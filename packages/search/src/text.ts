// Normalising and tokenising text the same way for documents, queries and synonyms, in every provider.

/**
 * Lowercase, diacritics stripped (é → e), everything that is not a letter or a digit turned into a space,
 * spaces collapsed and trimmed. "Bale-Bale  Pengantin!" → "bale bale pengantin".
 */
export function normalise(text: string | null | undefined): string {
  if (!text) return "";
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a text after normalise(): "Hiasan-Dinding merah" → ["hiasan", "dinding", "merah"]. */
export function tokens(text: string | null | undefined): string[] {
  const normalised = normalise(text);
  return normalised === "" ? [] : normalised.split(" ");
}
