// `node scripts/test.mjs`: installs what is missing and runs every test — unit (Vitest, all packages),
// backend integration (Medusa test runner on an embedded PostgreSQL) and end-to-end (Playwright + Chromium
// against the real backend and storefront), then the deployment tests (a real Redis with server and worker
// processes; production start refusals). Exits non-zero on any failure; the last line is the summary.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { checkNodeVersion, checkPortsFree, fail, freePort } from "./lib/preflight.mjs"

checkNodeVersion()

const { ROOT, pnpm, pnpmOrFail } = await import("./lib/pnpm.mjs")
const BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT || 9100)
const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT || 8100)
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const DATA_DIR = path.join(ROOT, ".data")
const RESULTS_DIR = path.join(ROOT, ".data", "test-results")

await checkPortsFree([
  { port: BACKEND_PORT, use: "the end-to-end tests' backend", env: "E2E_BACKEND_PORT" },
  { port: STOREFRONT_PORT, use: "the end-to-end tests' storefront", env: "E2E_STOREFRONT_PORT" },
])
if (!fs.existsSync(CHROMIUM)) {
  fail(
    `The end-to-end tests need Chromium at ${CHROMIUM}, and it is not there.\n` +
      `  On Debian/Ubuntu: sudo apt-get install chromium   (or set CHROMIUM_PATH to another Chromium).`
  )
}

console.log("• Installing dependencies (pnpm)…")
await pnpmOrFail(["install", "--frozen-lockfile", "--reporter=silent"], "Installing dependencies")

const { runCommand, onShutdown, shutdown, stopOnSignals } = await import("./lib/processes.mjs")
const { vitestCounts, playwrightCounts, addCounts } = await import("./lib/results.mjs")
const { localSecrets } = await import("./lib/secrets.mjs")
const store = await import("./lib/store.mjs")
const { STAND_IN_KEYS, startStripeStandIn } = await import("./lib/stripe-stand-in.mjs")
stopOnSignals(130)

fs.rmSync(RESULTS_DIR, { recursive: true, force: true })
fs.mkdirSync(RESULTS_DIR, { recursive: true })
const stages = []

function report(name, counts) {
  stages.push({ name, ...(counts ?? { passed: 0, failed: 1, skipped: 0 }) })
}

let summaryPrinted = false
function printSummary() {
  if (summaryPrinted) return
  summaryPrinted = true
  console.log("\n──────── Test summary ────────")
  for (const s of stages) console.log(`  ${s.name.padEnd(28)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`)
  const total = addCounts(stages)
  const ok = total.failed === 0 && stages.length > 0
  console.log(`\nTests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
  return ok
}
// A stage that cannot even start (a build, a server) stops the run: it still ends with the summary, as a failure.
onShutdown(() => {
  if (!summaryPrinted) {
    stages.push({ name: "(run stopped early)", passed: 0, failed: 1, skipped: 0 })
    printSummary()
  }
})

// 1. Unit tests of every workspace package, through turbo; each package writes its own JSON report.
console.log("\n• Unit tests (Vitest, every package)…")
const UNIT_PACKAGES = { "demo-art": "packages/demo-art", media: "packages/media", "maker-access": "packages/maker-access", ledger: "packages/ledger", search: "packages/search", backend: "backend", storefront: "storefront", scripts: "scripts" }
const unitReport = (dir) => path.join(ROOT, dir, "test-results", "unit.json")
for (const dir of Object.values(UNIT_PACKAGES)) fs.rmSync(unitReport(dir), { force: true })
await pnpm([
  "exec", "turbo", "run", "test", "--continue", "--output-logs=full", "--",
  "--reporter=default", "--reporter=json", "--outputFile.json=test-results/unit.json",
])
for (const [name, dir] of Object.entries(UNIT_PACKAGES)) report(`unit: ${name}`, vitestCounts(unitReport(dir)))

// 2. Backend integration tests against a real PostgreSQL: DATABASE_URL's server, or an embedded one.
console.log("\n• Backend integration tests (Medusa test runner, PostgreSQL)…")
let dbEnv
let e2eDatabaseUrl
if (process.env.DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL)
  dbEnv = { DB_HOST: url.hostname, DB_PORT: url.port || "5432", DB_USERNAME: decodeURIComponent(url.username), DB_PASSWORD: decodeURIComponent(url.password) }
  url.pathname = "/rumah_karya_e2e"
  e2eDatabaseUrl = url.toString()
} else {
  const { startEmbeddedPostgres } = await import("./lib/postgres.mjs")
  // A throwaway cluster per run: nothing to clean by hand, and no clash with a store started by `start`.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "rumah-karya-test-pg-"))
  fs.chmodSync(scratch, 0o755)
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(scratch, "data"), port: await freePort() })
  onShutdown(async () => {
    await postgres.stop()
    fs.rmSync(scratch, { recursive: true, force: true })
  })
  dbEnv = postgres.env
  await postgres.dropDatabase("rumah_karya_e2e")
  await postgres.ensureDatabase("rumah_karya_e2e")
  e2eDatabaseUrl = postgres.url("rumah_karya_e2e")
}
const integrationReport = path.join(RESULTS_DIR, "integration.json")
await runCommand("integration", path.join(store.BACKEND_DIR, "node_modules", ".bin", "vitest"), [
  "run", "--project", "integration", "--silent=passed-only", "--reporter=default", "--reporter=json", `--outputFile.json=${integrationReport}`,
], {
  cwd: store.BACKEND_DIR,
  env: { ...dbEnv, NODE_OPTIONS: "--experimental-vm-modules", MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "warn" },
})
report("backend integration", vitestCounts(integrationReport))

// 3. End to end: a freshly seeded store, the production storefront build, Playwright driving Chromium.
console.log("\n• End-to-end tests (Playwright, Chromium)…")
const secrets = localSecrets(DATA_DIR)
// Card payments go to the local Stripe stand-in; the browser gets a Stripe.js stand-in (storefront/e2e).
const stripeApi = await startStripeStandIn()
const backendEnv = store.backendEnv({
  databaseUrl: e2eDatabaseUrl,
  port: BACKEND_PORT,
  secrets,
  // `medusa start` runs the TypeScript sources as they are, with the admin served by Vite as in `develop`.
  extra: {
    NODE_ENV: "development",
    DEMO_IMAGE_SIZE: "600",
    STOREFRONT_URL: `http://localhost:${STOREFRONT_PORT}`,
    STRIPE_API_KEY: STAND_IN_KEYS.secret,
    STRIPE_WEBHOOK_SECRET: STAND_IN_KEYS.webhookSecret,
    STRIPE_API_BASE: stripeApi,
    // A test cannot wait the 7-day hold: fulfilled earnings become available at once (e2e/admin-payouts.spec.ts).
    PAYOUT_HOLD_DAYS: "0",
  },
})
await store.migrate(backendEnv)
await store.seedOnce(backendEnv, { quiet: true })
await store.indexSearchOnce(backendEnv)
const key = await store.publishableKey(e2eDatabaseUrl)
await store.startBackend({ port: BACKEND_PORT, env: backendEnv, command: "start", quiet: true })
const storefrontEnv = {
  ...store.storefrontEnv({ backendPort: BACKEND_PORT, key, port: STOREFRONT_PORT, secrets }),
  STRIPE_PUBLISHABLE_KEY: STAND_IN_KEYS.publishable,
}
await store.buildStorefront(storefrontEnv)
await store.startStorefront({ port: STOREFRONT_PORT, env: storefrontEnv, quiet: true })
const e2eReport = path.join(RESULTS_DIR, "e2e.json")
await runCommand("e2e", path.join(store.STOREFRONT_DIR, "node_modules", ".bin", "playwright"), ["test", "--reporter=list,json"], {
  cwd: store.STOREFRONT_DIR,
  env: {
    ...storefrontEnv,
    CHROMIUM_PATH: CHROMIUM,
    ADMIN_URL: `http://localhost:${BACKEND_PORT}/app`,
    ADMIN_BACKEND_URL: `http://localhost:${BACKEND_PORT}`,
    STRIPE_STAND_IN_URL: stripeApi,
    PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport,
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
  },
})
report("end-to-end", playwrightCounts(e2eReport))

// 4. Deployment: a real Redis with one server-mode and one worker-mode backend on the end-to-end database, and
// the production start refusals (backend/deployment-tests). Needs redis-server (.ci/run installs Debian's).
console.log("\n• Deployment tests (redis-server, server and worker processes, production refusals)…")
const deploymentReport = path.join(RESULTS_DIR, "deployment.json")
await runCommand("deployment", path.join(store.BACKEND_DIR, "node_modules", ".bin", "vitest"), [
  "run", "--project", "deployment", "--reporter=default", "--reporter=json", `--outputFile.json=${deploymentReport}`,
], {
  cwd: store.BACKEND_DIR,
  env: { DEPLOYMENT_DATABASE_URL: e2eDatabaseUrl, JWT_SECRET: secrets.JWT_SECRET, COOKIE_SECRET: secrets.COOKIE_SECRET, MEDUSA_DISABLE_TELEMETRY: "true" },
})
report("deployment", vitestCounts(deploymentReport))

await shutdown(printSummary() ? 0 : 1)
