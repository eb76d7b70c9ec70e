import type { StatementLine } from "../csv/statement-line.js";
import { containsTokens, referenceTokens } from "./reference-tokens.js";

export interface MatchTarget {
  id: string;
  kind: "payout_item" | "order_payment";
  reference: string;
  /** Minor units, the signed amount expected on the statement: payouts negative, buyer payments positive. */
  amount: number;
  currency: string;
}

export interface MatchResult {
  line: StatementLine;
  status: "matched" | "mismatched" | "unmatched";
  target?: MatchTarget;
  /** line.amount − target.amount, on mismatched results. */
  difference?: number;
  /** Why a line whose text names a reference was still left unmatched (ambiguous, already used). */
  note?: string;
}

interface Candidate {
  target: MatchTarget;
  tokenCount: number;
}

/**
 * Pairs statement lines with payout items and buyer payments. Pure and deterministic: same input, same
 * output, results in the order of `lines`. The caller passes targets in the statement's currency.
 *
 * A line's candidates are the targets whose reference occurs, as whole tokens (reference-tokens.ts), in
 * the line's reference or its description; when several do, only the most specific (longest) references
 * are kept. Then, over all lines:
 *   1. matched — a candidate with exactly the line's amount; lines are served in file order, and a
 *      target matches at most one line (a second, identical line stays unmatched with a note);
 *   2. mismatched — otherwise, when every remaining candidate shares one reference, the first one still
 *      free; difference = line.amount − target.amount (a target is used once, matched or mismatched);
 *   3. unmatched — no candidate, or candidates with different references none of which has the line's
 *      amount (note says which), or every candidate already used (note).
 * Targets in `alreadyMatchedTargetIds` (matched by an earlier import or by hand) are never used; a line
 * whose most specific reference is one of them is unmatched with a note, not given to a shorter one.
 */
export function matchStatement(lines: StatementLine[], targets: MatchTarget[], alreadyMatchedTargetIds: Set<string>): MatchResult[] {
  const all = targets.map((target) => ({ target, tokens: referenceTokens(target.reference) })).filter(({ tokens }) => tokens.length > 0);
  const found = lines.map((line) => mostSpecificCandidates(line, all));
  const candidatesOf = found.map((list) => list.filter(({ target }) => !alreadyMatchedTargetIds.has(target.id)));
  const used = new Set<string>();
  const results: (MatchResult | undefined)[] = lines.map(() => undefined);

  lines.forEach((line, i) => {
    const exact = candidatesOf[i]!.find(({ target }) => target.amount === line.amount && !used.has(target.id));
    if (exact) {
      used.add(exact.target.id);
      results[i] = { line, status: "matched", target: exact.target };
    }
  });

  lines.forEach((line, i) => {
    if (results[i]) return;
    const named = found[i]!;
    const open = candidatesOf[i]!;
    if (named.length === 0) {
      results[i] = { line, status: "unmatched" };
      return;
    }
    if (open.length === 0) {
      const references = [...new Set(named.map(({ target }) => target.reference))];
      results[i] = { line, status: "unmatched", note: `Reference ${references.join(", ")} was matched before (an earlier import or by hand).` };
      return;
    }
    const references = [...new Set(open.map(({ target }) => target.reference))];
    if (references.length > 1) {
      results[i] = { line, status: "unmatched", note: `The text names several references (${references.join(", ")}); match this line by hand.` };
      return;
    }
    const free = open.find(({ target }) => !used.has(target.id));
    if (!free) {
      results[i] = { line, status: "unmatched", note: `Reference ${references.join(", ")} is already matched to another line.` };
      return;
    }
    used.add(free.target.id);
    results[i] = { line, status: "mismatched", target: free.target, difference: line.amount - free.target.amount };
  });

  return results as MatchResult[];
}

/**
 * Targets named in the line, keeping only the most specific (longest) references. Computed over all
 * targets, matched before or not, so that a line naming an already-matched "RK-12-3" is never handed
 * to a shorter "RK-12" instead.
 */
function mostSpecificCandidates(line: StatementLine, all: { target: MatchTarget; tokens: string[] }[]): Candidate[] {
  const referenceText = referenceTokens(line.reference);
  const descriptionText = referenceTokens(line.description);
  const found = all
    .filter(({ tokens }) => containsTokens(referenceText, tokens) || containsTokens(descriptionText, tokens))
    .map(({ target, tokens }) => ({ target, tokenCount: tokens.length }));
  const longest = Math.max(0, ...found.map((c) => c.tokenCount));
  return found.filter((c) => c.tokenCount === longest);
}
