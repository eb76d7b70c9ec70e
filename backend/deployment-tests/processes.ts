// Real processes for the deployment tests: redis-server and `medusa start` in a given mode.
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import net from "node:net"
import path from "node:path"

const BACKEND_DIR = path.resolve(__dirname, "..")
const MEDUSA_CLI = require.resolve("@medusajs/cli/cli.js", { paths: [BACKEND_DIR] })

export const REDIS_SERVER = process.env.REDIS_SERVER || "redis-server"
/** Whether a redis-server binary can run here (CI installs Debian's; a bare machine may not have one). */
export const hasRedis = spawnSync(REDIS_SERVER, ["--version"], { stdio: "ignore" }).status === 0
/** The migrated, seeded database of the demo store (scripts/test.mjs gives the end-to-end one). */
export const DATABASE_URL = process.env.DEPLOYMENT_DATABASE_URL ?? ""

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type Running = { child: ChildProcess; output: () => string; stop: () => Promise<void> }

function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): Running {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000)
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
      child.once("exit", () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill("SIGTERM")
    })
  return { child, output: () => output, stop }
}

export async function startRedis(port: number): Promise<Running> {
  const redis = run(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {})
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end()
        resolve(true)
      })
      socket.once("error", () => resolve(false))
    })
    if (ok) return redis
    await new Promise((r) => setTimeout(r, 100))
  }
  await redis.stop()
  throw new Error(`redis-server did not listen on ${port}:\n${redis.output()}`)
}

/** `medusa start` from the backend's sources with the given environment (on top of this process's PATH). */
export function medusaStart(port: number, env: Record<string, string>): Running {
  return run(process.execPath, [MEDUSA_CLI, "start", "--port", String(port)], {
    cwd: BACKEND_DIR,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "info", ...env },
  })
}

export async function waitForHealth(port: number, process: Running, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (process.child.exitCode !== null) throw new Error(`The backend on ${port} stopped:\n${process.output().slice(-4000)}`)
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)
    if (ok) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`The backend on ${port} did not answer /health:\n${process.output().slice(-4000)}`)
}

/** Resolves with the exit code once the process ends (or rejects after the timeout). */
export function exitCode(process: Running, timeoutMs = 90_000): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (process.child.exitCode !== null) return resolve(process.child.exitCode)
    const timer = setTimeout(() => reject(new Error(`Still running after ${timeoutMs} ms:\n${process.output().slice(-4000)}`)), timeoutMs)
    process.child.once("exit", (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
}

/** Polls until `check` returns a value (not undefined/false), or fails after the timeout. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}
