export { matchStatement, type MatchTarget, type MatchResult } from "./match-statement.js";
export { referenceTokens } from "./reference-tokens.js";
