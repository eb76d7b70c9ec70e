// The end-to-end tests' Stripe: the local stand-in under backend/integration-tests/stripe-stand-in (a test
// server, not Stripe), in its own process so the backend, the storefront and the browser can all reach it.
import path from "node:path"
import { freePort } from "./preflight.mjs"
import { startProcess, waitForHttp } from "./processes.mjs"
import { BACKEND_DIR } from "./store.mjs"

export const STAND_IN_KEYS = {
  secret: "sk_test_standin",
  publishable: "pk_test_standin",
  webhookSecret: "whsec_e2e_standin",
}

/** Starts the stand-in; resolves with its URL once it answers. */
export async function startStripeStandIn() {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = startProcess(
    "stripe stand-in",
    process.execPath,
    ["-r", "ts-node/register/transpile-only", path.join("integration-tests", "stripe-stand-in", "cli.ts"), String(port)],
    { cwd: BACKEND_DIR, quiet: true }
  )
  const ready = await waitForHttp(`${url}/v1/payment_intents`, { timeoutMs: 30_000, isAlive: () => child.exitCode === null })
  if (!ready) throw new Error(`The Stripe stand-in did not start:\n${child.tail.join("\n")}`)
  return url
}
