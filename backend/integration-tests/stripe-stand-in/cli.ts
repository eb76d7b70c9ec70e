/**
 * Runs the Stripe stand-in (tests only) as its own process, for the end-to-end tests' backend and browser:
 *   node -r ts-node/register/transpile-only integration-tests/stripe-stand-in/cli.ts [port]
 * Prints "Stripe stand-in listening on <url>" when ready; stops on SIGTERM/SIGINT.
 */
import { startStripeStandIn } from "./server"

async function main() {
  const port = Number(process.argv[2] ?? 0)
  const standIn = await startStripeStandIn({ port })
  console.log(`Stripe stand-in listening on ${standIn.url}`)
  const stop = () => void standIn.close().finally(() => process.exit(0))
  process.on("SIGTERM", stop)
  process.on("SIGINT", stop)
}

void main()
