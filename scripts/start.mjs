// `node scripts/start.mjs`: installs what is missing and starts the whole store (PostgreSQL, backend + admin,
// storefront) with demo data. Ctrl-C stops all of it.
import path from "node:path"
import { checkNodeVersion, checkPortsFree } from "./lib/preflight.mjs"

checkNodeVersion()

const { ROOT, pnpmOrFail } = await import("./lib/pnpm.mjs")
const BACKEND_PORT = 9000
const STOREFRONT_PORT = 8000
const POSTGRES_PORT = Number(process.env.POSTGRES_PORT || 54320)
const DATA_DIR = path.join(ROOT, ".data")

await checkPortsFree([
  { port: BACKEND_PORT, use: "the backend (Medusa API and admin)" },
  { port: STOREFRONT_PORT, use: "the storefront" },
  ...(process.env.DATABASE_URL ? [] : [{ port: POSTGRES_PORT, use: "the embedded PostgreSQL", env: "POSTGRES_PORT" }]),
])

console.log("• Installing dependencies (pnpm)…")
await pnpmOrFail(["install", "--frozen-lockfile", "--reporter=silent"], "Installing dependencies")
await pnpmOrFail(["exec", "turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], "Building the packages")

const { localSecrets } = await import("./lib/secrets.mjs")
const { onShutdown, stopOnSignals } = await import("./lib/processes.mjs")
const store = await import("./lib/store.mjs")
stopOnSignals()

let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  const { startEmbeddedPostgres } = await import("./lib/postgres.mjs")
  console.log(`• Starting the embedded PostgreSQL on port ${POSTGRES_PORT} (data in .data/postgres)…`)
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port: POSTGRES_PORT })
  onShutdown(() => postgres.stop())
  await postgres.ensureDatabase("rumah_karya")
  databaseUrl = postgres.url("rumah_karya")
}

const secrets = localSecrets(DATA_DIR)
const backendEnv = store.backendEnv({
  databaseUrl,
  port: BACKEND_PORT,
  secrets,
  extra: { STOREFRONT_URL: `http://localhost:${STOREFRONT_PORT}` },
})
await store.migrate(backendEnv)
await store.seedOnce(backendEnv)
await store.indexSearchOnce(backendEnv)
await store.offerCardPayments(backendEnv)
const key = await store.publishableKey(databaseUrl)

await store.startBackend({ port: BACKEND_PORT, env: backendEnv })
const storefrontEnv = store.storefrontEnv({ backendPort: BACKEND_PORT, key, port: STOREFRONT_PORT, secrets })
await store.buildStorefront(storefrontEnv)
await store.startStorefront({ port: STOREFRONT_PORT, env: storefrontEnv })

console.log(`
✔ Rumah Karya is running.
    Storefront   http://localhost:${STOREFRONT_PORT}
    Admin        http://localhost:${BACKEND_PORT}/app   (admin@example.com / supersecret)
    Store API    http://localhost:${BACKEND_PORT}/store  (publishable key ${key})
  Press Ctrl-C to stop everything.
`)
