/**
 * The one error the CSV and reconciliation code throws for bad input. `code` is stable for programs
 * ("encoding", "columns", "amount", "date", "row", "empty", "malformed", "currency", "input");
 * `message` is plain English a staff member can act on; `line` is the 1-based line in the file, when known.
 */
export class CsvError extends Error {
  readonly code: string;
  readonly line?: number;

  constructor(code: string, message: string, line?: number) {
    super(line === undefined ? message : `Line ${line}: ${message}`);
    this.name = "CsvError";
    this.code = code;
    if (line !== undefined) this.line = line;
  }
}

/** Re-throws a line-less CsvError with the line it happened on; other errors pass through unchanged. */
export function atLine<T>(line: number, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CsvError && error.line === undefined) {
      throw new CsvError(error.code, error.message, line);
    }
    throw error;
  }
}
