// The pieces of a running store, shared by `start` (the demo) and `test` (end-to-end): database, backend, storefront.
import path from "node:path"
import pg from "pg"
import { fail } from "./preflight.mjs"
import { ROOT } from "./pnpm.mjs"
import { runCommand, startProcess, shutdown, waitForHttp } from "./processes.mjs"

export const BACKEND_DIR = path.join(ROOT, "backend")
export const STOREFRONT_DIR = path.join(ROOT, "storefront")
const bin = (dir, name) => path.join(dir, "node_modules", ".bin", name)

/** The marker the seed script sets on the store when the demo data is complete. */
const SEEDED_MARKER = "demo_seeded_at"
const STOREFRONT_KEY_TITLE = "Storefront"

async function sql(databaseUrl, text, values = []) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

export function backendEnv({ databaseUrl, port, secrets, extra = {} }) {
  return {
    DATABASE_URL: databaseUrl,
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: process.env.LOG_LEVEL || "info",
    ...secrets,
    ...extra,
  }
}

async function medusa(name, args, env, quiet) {
  const { code, tail } = await runCommand(name, bin(BACKEND_DIR, "medusa"), args, { cwd: BACKEND_DIR, env, quiet })
  if (code !== 0) {
    if (quiet) console.error(tail.join("\n"))
    console.error(`\n✖ ${name} failed (exit code ${code}).`)
    await shutdown(1)
  }
}

export async function migrate(env, { quiet = true } = {}) {
  console.log("• Applying database migrations…")
  await medusa("migrate", ["db:migrate"], env, quiet)
}

export async function isSeeded(databaseUrl) {
  const rows = await sql(databaseUrl, "select metadata->>$1 as seeded from store limit 1", [SEEDED_MARKER])
  return Boolean(rows[0]?.seeded)
}

export async function seedOnce(env, { quiet = false } = {}) {
  if (await isSeeded(env.DATABASE_URL)) {
    console.log("• Demo data already present")
    return
  }
  console.log("• Creating the demo store (regions, workshop, 25 products with pictures, admin)…")
  await medusa("seed", ["exec", "./src/scripts/seed.ts"], env, quiet)
}

/** Builds the search index from the catalogue when it is empty (a fresh seed, or a database from before search). */
export async function indexSearchOnce(env, { quiet = true } = {}) {
  await medusa("search index", ["exec", "./src/scripts/reindex-search.ts", "if-empty"], env, quiet)
}

/** With both Stripe keys in the environment, every region offers card payment too (changes nothing twice). */
export async function offerCardPayments(env, { quiet = true } = {}) {
  if (!(process.env.STRIPE_API_KEY && process.env.STRIPE_WEBHOOK_SECRET)) return
  console.log("• Offering card payment through Stripe…")
  await medusa("card payments", ["exec", "./src/scripts/enable-card-payments.ts"], env, quiet)
}

export async function publishableKey(databaseUrl) {
  const rows = await sql(
    databaseUrl,
    "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null limit 1",
    [STOREFRONT_KEY_TITLE]
  )
  if (!rows[0]) fail("The storefront's publishable API key is missing from the database; the demo seed did not finish.")
  return rows[0].token
}

function dieWith(name) {
  return (code, signal, tail) => {
    console.error(tail.slice(-20).join("\n"))
    console.error(`\n✖ The ${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping everything.`)
    shutdown(1)
  }
}

/** `develop` serves the admin through Vite and reloads on change; `start` runs the same sources without the watcher. */
export async function startBackend({ port, env, command = "develop", quiet = false }) {
  console.log(`• Starting the backend on http://localhost:${port} …`)
  const child = startProcess("backend", bin(BACKEND_DIR, "medusa"), [command, "--port", String(port)], {
    cwd: BACKEND_DIR,
    env,
    quiet,
    onExit: dieWith("backend"),
  })
  const ready = await waitForHttp(`http://localhost:${port}/health`, {
    accept: (status) => status === 200,
    isAlive: () => child.exitCode === null,
  })
  if (!ready) {
    console.error(child.tail.join("\n"))
    console.error("\n✖ The backend did not answer /health in time.")
    await shutdown(1)
  }
  return child
}

export function storefrontEnv({ backendPort, key, port, secrets }) {
  return {
    MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
    MEDUSA_PUBLISHABLE_KEY: key,
    STOREFRONT_URL: `http://localhost:${port}`,
    REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
  }
}

export async function buildStorefront(env, { quiet = true } = {}) {
  console.log("• Building the storefront…")
  const { code, tail } = await runCommand("storefront build", bin(STOREFRONT_DIR, "next"), ["build"], {
    cwd: STOREFRONT_DIR,
    env,
    quiet,
  })
  if (code !== 0) {
    console.error(tail.join("\n"))
    console.error(`\n✖ The storefront build failed (exit code ${code}).`)
    await shutdown(1)
  }
  // Brotli copies of the build's JS and CSS, served by storefront/server.mjs.
  const compressed = await runCommand("storefront precompress", process.execPath, ["scripts/precompress.mjs"], {
    cwd: STOREFRONT_DIR,
    env,
    quiet,
  })
  if (compressed.code !== 0) {
    console.error(compressed.tail.join("\n"))
    console.error("\n✖ Compressing the storefront build failed.")
    await shutdown(1)
  }
}

export async function startStorefront({ port, env, quiet = false }) {
  console.log(`• Starting the storefront on http://localhost:${port} …`)
  const child = startProcess("storefront", process.execPath, ["server.mjs", "--port", String(port)], {
    cwd: STOREFRONT_DIR,
    env,
    quiet,
    onExit: dieWith("storefront"),
  })
  const ready = await waitForHttp(`http://localhost:${port}/`, {
    accept: (status) => status === 200,
    isAlive: () => child.exitCode === null,
    timeoutMs: 90_000,
  })
  if (!ready) {
    console.error(child.tail.join("\n"))
    console.error("\n✖ The storefront did not answer in time.")
    await shutdown(1)
  }
  return child
}
