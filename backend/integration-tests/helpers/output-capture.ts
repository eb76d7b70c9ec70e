// Everything a test file's process writes to the console or its streams, to check that no private value is
// ever printed. Medusa's logger (winston) writes to console._stdout, which under Vitest is Vitest's own stream.

function safeJson(value: unknown) {
  try {
    return value instanceof Error ? `${value.name}: ${value.message}\n${value.stack}` : JSON.stringify(value)
  } catch {
    return String(value)
  }
}

/**
 * Starts recording every line printed from now on and returns the growing list. `silent` keeps the lines out
 * of the test output (they are still recorded).
 */
export function captureOutput({ silent = false }: { silent?: boolean } = {}): string[] {
  const printed: string[] = []
  const capture = <T extends (...args: any[]) => any>(original: T) =>
    ((...args: any[]) => {
      printed.push(args.map((a) => (typeof a === "string" ? a : Buffer.isBuffer(a) ? a.toString("utf8") : safeJson(a))).join(" "))
      return silent ? true : original(...args)
    }) as unknown as T
  const streams = [process.stdout, process.stderr, (console as any)._stdout, (console as any)._stderr].filter(Boolean)
  for (const stream of new Set(streams)) stream.write = capture(stream.write.bind(stream))
  for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) console[method] = capture(console[method])
  return printed
}
