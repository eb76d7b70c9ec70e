import { createSemaphore } from "../semaphore"

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe("createSemaphore", () => {
  it("runs at most `limit` tasks at once, the others in arrival order, and frees places after failures", async () => {
    const slots = createSemaphore(2)
    const releases: (() => void)[] = []
    const started: number[] = []
    const task = (n: number, fail = false) => () =>
      new Promise<number>((resolve, reject) => {
        started.push(n)
        releases[n] = () => (fail ? reject(new Error(`task ${n}`)) : resolve(n))
      })

    const results = [slots.run(task(0, true)), slots.run(task(1)), slots.run(task(2)), slots.run(task(3))]
    await tick()
    expect(started).toEqual([0, 1])
    expect([slots.running, slots.waiting]).toEqual([2, 2])

    releases[0]!()
    await expect(results[0]).rejects.toThrow("task 0")
    await tick()
    expect(started).toEqual([0, 1, 2])
    releases[2]!()
    releases[1]!()
    await tick()
    expect(started).toEqual([0, 1, 2, 3])
    releases[3]!()
    expect(await Promise.all(results.slice(1))).toEqual([1, 2, 3])
    expect([slots.running, slots.waiting]).toEqual([0, 0])
  })

  it("refuses a limit that is not a positive integer", () => {
    expect(() => createSemaphore(0)).toThrow(RangeError)
    expect(() => createSemaphore(1.5)).toThrow(RangeError)
  })
})
