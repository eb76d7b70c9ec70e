/**
 * Runs at most `limit` tasks at once; the others wait their turn, first come first served. For work that
 * costs a lot of memory while it runs (a 12-megapixel photo takes about 100 MB while it is processed).
 */
export function createSemaphore(limit: number) {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer")
  let running = 0
  const waiting: (() => void)[] = []

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < limit) running++
      else await new Promise<void>((resolve) => waiting.push(resolve)) // the finishing task hands its place over
      try {
        return await task()
      } finally {
        const next = waiting.shift()
        if (next) next()
        else running--
      }
    },
    /** Tasks running now, and waiting (for tests). */
    get running() {
      return running
    },
    get waiting() {
      return waiting.length
    },
  }
}
