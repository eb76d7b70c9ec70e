// Runs the workspace's pinned pnpm through npx, so a fresh machine needs nothing but Node.js.
import { spawn } from "node:child_process"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const PNPM_VERSION = "9.15.9"

/** Runs `pnpm <args>` in the workspace root; resolves with the exit code. */
export function pnpm(args, { env = {}, stdio = "inherit", cwd = ROOT } = {}) {
  return new Promise((resolve) => {
    // npx runs from a neutral folder: npm would otherwise warn about pnpm-only keys in the project's .npmrc.
    const child = spawn("npx", ["-y", `pnpm@${PNPM_VERSION}`, "--dir", cwd, ...args], {
      cwd: os.tmpdir(),
      env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env, ...env },
      stdio,
    })
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
    child.on("error", () => resolve(1))
  })
}

export async function pnpmOrFail(args, what, options) {
  const code = await pnpm(args, options)
  if (code !== 0) {
    console.error(`\n✖ ${what} failed (exit code ${code}). The output above says why.\n`)
    process.exit(code || 1)
  }
}
