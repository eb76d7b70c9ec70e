import net from "node:net"
import { describe, expect, it } from "vitest"
import { freePort, isPortFree } from "./preflight.mjs"

describe("port checks", () => {
  it("sees a port in use as taken, and free again once released", async () => {
    const port = await freePort()
    expect(await isPortFree(port)).toBe(true)
    const server = net.createServer().listen(port, "0.0.0.0")
    await new Promise((resolve) => server.once("listening", resolve))
    expect(await isPortFree(port)).toBe(false)
    await new Promise((resolve) => server.close(resolve))
    expect(await isPortFree(port)).toBe(true)
  })
})
