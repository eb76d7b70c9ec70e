import type { ICacheService } from "@medusajs/framework/types"
import { keyedHash } from "./server-secret"

export interface AttemptLimit {
  /** Names the counters in the cache, e.g. "maker-login-identifier". */
  name: string
  /** Attempts allowed in one window; the next one is refused until the window ends. */
  max: number
  windowSeconds: number
}

/** One window of attempts, as stored in the cache (JSON, so the Redis cache module stores it as is). */
interface AttemptWindow {
  count: number
  /** When the window ends, in epoch milliseconds. */
  ends_at: number
}

type Cache = Pick<ICacheService, "get" | "set" | "invalidate">

/**
 * Counts attempts per subject (an identifier, an IP address) in fixed windows, in Medusa's cache module: in
 * memory by default, in Redis when the store runs on several processes. A window starts with its first
 * attempt and its counter expires with it. Subjects are stored as keyed hashes, never in the clear (cache keys
 * show up in Redis tools). Read-then-write, not atomic across processes: with Redis, two simultaneous attempts
 * may count once; in one process, counting finishes before the next request is read.
 */
export class AttemptLimiter {
  constructor(
    private readonly cache: Cache,
    private readonly secret: string,
    private readonly limit: AttemptLimit,
    private readonly now: () => number = Date.now
  ) {}

  /** Seconds until the subject may try again: 0 while attempts remain. */
  async retryAfter(subject: string): Promise<number> {
    const window = await this.read(subject)
    if (!window || window.count < this.limit.max) return 0
    return Math.max(1, Math.ceil((window.ends_at - this.now()) / 1000))
  }

  /** Counts one attempt. */
  async hit(subject: string): Promise<void> {
    const window = (await this.read(subject)) ?? { count: 0, ends_at: this.now() + this.limit.windowSeconds * 1000 }
    await this.write(subject, { ...window, count: window.count + 1 })
  }

  /** Takes back one attempt that turned out not to be a failure. */
  async refund(subject: string): Promise<void> {
    const window = await this.read(subject)
    if (!window) return
    if (window.count <= 1) return this.clear(subject)
    await this.write(subject, { ...window, count: window.count - 1 })
  }

  async clear(subject: string): Promise<void> {
    await this.cache.invalidate(this.key(subject))
  }

  private key(subject: string) {
    return `rk:attempts:${this.limit.name}:${keyedHash(this.secret, `attempts:${this.limit.name}`, subject)}`
  }

  private async read(subject: string): Promise<AttemptWindow | null> {
    const window = await this.cache.get<AttemptWindow>(this.key(subject))
    if (!window || typeof window.count !== "number" || typeof window.ends_at !== "number") return null
    return window.ends_at > this.now() ? window : null
  }

  private async write(subject: string, window: AttemptWindow) {
    const ttl = Math.ceil((window.ends_at - this.now()) / 1000)
    if (ttl > 0) await this.cache.set(this.key(subject), window, ttl)
  }
}
