// The synonym groups of packages/search/synonyms.json (the one editable file), normalised, and the query
// expansion both providers use: per word or phrase of the query, the set of its equivalents.
import synonymFile from "../synonyms.json";
import { normalise, tokens } from "./text.js";

interface SynonymFile {
  groups: string[][];
}

/** Builds normalised groups: each entry normalised, empties and duplicates dropped, groups of one dropped. */
export function buildSynonymGroups(groups: readonly (readonly string[])[]): string[][] {
  const result: string[][] = [];
  for (const group of groups) {
    const entries = [...new Set(group.map((entry) => normalise(entry)).filter((entry) => entry !== ""))];
    if (entries.length > 1) result.push(entries);
  }
  return result;
}

/** The shop's synonym groups (Indonesian and English), normalised. */
export const SYNONYMS: string[][] = buildSynonymGroups((synonymFile as SynonymFile).groups);

/** Every phrase → all its equivalents (itself first), merged across groups that share a phrase. */
export function synonymIndex(groups: readonly (readonly string[])[] = SYNONYMS): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of groups) {
    for (const phrase of group) {
      const known = index.get(phrase) ?? [phrase];
      for (const other of group) if (!known.includes(other)) known.push(other);
      index.set(phrase, known);
    }
  }
  return index;
}

const DEFAULT_INDEX = synonymIndex();
const longestPhrase = (index: Map<string, string[]>) =>
  Math.max(1, ...[...index.keys()].map((phrase) => phrase.split(" ").length));
const DEFAULT_LONGEST = longestPhrase(DEFAULT_INDEX);

/**
 * The query as a list of alternatives: per word or phrase of the query, its equivalents (the query's own
 * form first). Multi-word phrases are matched first, longest first: "hiasan dinding merah" →
 * [["hiasan dinding", "wall decor", …], ["merah", "red"]]. A word without synonyms stands alone: [["bukett"]].
 */
export function expandQuery(q: string, groups?: readonly (readonly string[])[]): string[][] {
  const index = groups ? synonymIndex(groups) : DEFAULT_INDEX;
  const longest = groups ? longestPhrase(index) : DEFAULT_LONGEST;
  const words = tokens(q);
  const result: string[][] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let length = Math.min(longest, words.length - i); length >= 1; length--) {
      const phrase = words.slice(i, i + length).join(" ");
      const equivalents = index.get(phrase);
      if (equivalents) {
        result.push([...equivalents]);
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      result.push([words[i]!]);
      i += 1;
    }
  }
  return result;
}
