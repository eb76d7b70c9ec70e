// The two README commands, run as a newcomer would, in the situations where they must refuse with a sentence.
import { spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterEach, describe, expect, it } from "vitest"
import { freePort } from "./lib/preflight.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const blockers = []

async function holdPort(port) {
  const server = net.createServer().listen(port, "0.0.0.0")
  await new Promise((resolve, reject) => {
    server.once("listening", resolve)
    server.once("error", reject)
  })
  blockers.push(server)
}

afterEach(async () => {
  await Promise.all(blockers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

function run(script, env) {
  return spawnSync(process.execPath, [path.join(here, script)], { env: { ...process.env, ...env }, encoding: "utf8", timeout: 30_000 })
}

describe("the start command", () => {
  it("refuses with a sentence when the database port is taken", async () => {
    const port = await freePort()
    await holdPort(port)
    const result = run("start.mjs", { POSTGRES_PORT: String(port), DATABASE_URL: "" })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`Port ${port} is already in use`)
    expect(result.stderr).toContain("POSTGRES_PORT")
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})

describe("the test command", () => {
  it("refuses with a sentence when an end-to-end port is taken", async () => {
    const port = await freePort()
    await holdPort(port)
    const result = run("test.mjs", { E2E_STOREFRONT_PORT: String(port) })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`Port ${port} is already in use`)
    expect(result.stderr).toContain("E2E_STOREFRONT_PORT")
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
