import net from "node:net"
import { describe, expect, it } from "vitest"
import { freePort, isPortFree, nodeVersionProblem } from "./preflight.mjs"

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

describe("Node.js version check", () => {
  it("accepts Node.js 20 and newer", () => {
    expect(nodeVersionProblem("20.0.0")).toBeNull()
    expect(nodeVersionProblem("v22.11.0")).toBeNull()
  })

  it("explains in a sentence when Node.js is older than 20", () => {
    expect(nodeVersionProblem("18.19.1")).toMatch(/Node\.js 20 or newer is needed; this is Node\.js 18\.19\.1/)
    expect(nodeVersionProblem("16.20.0")).not.toBeNull()
  })
})
