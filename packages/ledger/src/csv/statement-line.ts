export interface StatementLine {
  /** 1-based line in the file. */
  line: number;
  /** YYYY-MM-DD */
  date: string;
  /** Minor units: + money in, − money out. */
  amount: number;
  reference: string;
  description: string;
  /** Same bank row in a re-import → same fingerprint; see statementFingerprint. */
  fingerprint: string;
}
