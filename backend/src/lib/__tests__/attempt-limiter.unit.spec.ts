import { AttemptLimiter } from "../attempt-limiter"

/** A cache like Medusa's in-memory one (values expire after ttl seconds), on a clock the test moves. */
function fakeCache(clock: { now: number }) {
  const store = new Map<string, { data: unknown; expires: number }>()
  return {
    store,
    async get<T>(key: string) {
      const entry = store.get(key)
      return entry && entry.expires > clock.now ? (JSON.parse(JSON.stringify(entry.data)) as T) : null
    },
    async set(key: string, data: unknown, ttl = 30) {
      store.set(key, { data, expires: clock.now + ttl * 1000 })
    },
    async invalidate(key: string) {
      store.delete(key)
    },
  }
}

describe("AttemptLimiter", () => {
  const setUp = () => {
    const clock = { now: Date.UTC(2026, 0, 1) }
    const cache = fakeCache(clock)
    const limiter = new AttemptLimiter(cache, "secret", { name: "test", max: 5, windowSeconds: 900 }, () => clock.now)
    return { clock, cache, limiter }
  }

  it("allows max attempts in a window, then refuses until the window ends", async () => {
    const { clock, limiter } = setUp()
    for (let i = 0; i < 5; i++) {
      expect(await limiter.retryAfter("+6281234567890")).toBe(0)
      await limiter.hit("+6281234567890")
    }
    expect(await limiter.retryAfter("+6281234567890")).toBe(900)
    clock.now += 600_000
    expect(await limiter.retryAfter("+6281234567890")).toBe(300)
    clock.now += 300_000
    expect(await limiter.retryAfter("+6281234567890")).toBe(0)
  })

  it("counts each subject apart, and a window starts at its first attempt", async () => {
    const { clock, limiter } = setUp()
    for (let i = 0; i < 4; i++) await limiter.hit("a")
    clock.now += 800_000
    await limiter.hit("a")
    await limiter.hit("b")
    expect(await limiter.retryAfter("a")).toBe(100)
    expect(await limiter.retryAfter("b")).toBe(0)
    clock.now += 100_000
    await limiter.hit("a")
    expect(await limiter.retryAfter("a")).toBe(0)
  })

  it("takes attempts back and clears a subject", async () => {
    const { limiter } = setUp()
    for (let i = 0; i < 5; i++) await limiter.hit("a")
    await limiter.refund("a")
    expect(await limiter.retryAfter("a")).toBe(0)
    await limiter.hit("a")
    await limiter.clear("a")
    for (let i = 0; i < 4; i++) await limiter.hit("a")
    expect(await limiter.retryAfter("a")).toBe(0)
  })

  it("keeps subjects out of the cache keys and values", async () => {
    const { cache, limiter } = setUp()
    await limiter.hit("+6281234567890")
    const stored = JSON.stringify([...cache.store.entries()])
    expect(stored).not.toContain("6281234567890")
    expect([...cache.store.keys()][0]).toMatch(/^rk:attempts:test:[0-9a-f]{64}$/)
  })
})
