// `node scripts/bench/search.mjs`: latency of GET /store/search with a catalogue of 10,000 products from 300
// makers, at 10 concurrent clients; prints p50/p95 per query kind and overall.
//
// Needs a running backend (`pnpm start`) and its database: DATABASE_URL (default: the embedded one of
// `pnpm start`, postgres://postgres:postgres@localhost:54320/rumah_karya), BACKEND_URL (http://localhost:9000).
// The 10,000 products are loaded directly as SEARCH DOCUMENTS through the search module's own upsert
// (backend/src/scripts/search-bench-documents.ts), not as Medusa products: creating that many products through
// the product workflows would take much longer than the benchmark. They are removed at the end (--keep keeps them).
// Options: --count=10000 --makers=300 --clients=10 --requests=2000 --keep
import { spawnSync } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const BACKEND_DIR = path.join(ROOT, "backend")
const option = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`))
  return found ? Number(found.split("=")[1]) : fallback
}
const COUNT = option("count", 10_000)
const MAKERS = option("makers", 300)
const CLIENTS = option("clients", 10)
const REQUESTS = option("requests", 2000)
const KEEP = process.argv.includes("--keep")
const DATABASE_URL = process.env.DATABASE_URL || `postgres://postgres:postgres@localhost:${process.env.POSTGRES_PORT || 54320}/rumah_karya`
const BACKEND_URL = (process.env.BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")

/** The queries of the mix: [kind, query string]. */
export const QUERIES = [
  ["word", "q=buket"],
  ["word", "q=mandala"],
  ["english", "q=wall%20decor"],
  ["mixed", "q=wall%20decor%20merah"],
  ["typo", "q=bukett"],
  ["typo", "q=hiasn%20dinding"],
  ["typo", "q=botol%20plastk"],
  ["maker", "q=sari%2012"],
  ["facets", "q=bunga&category=buket-bunga&in_stock=true&min_price=100000&max_price=300000"],
  ["browse", "category=hiasan-pintu&sort=price_asc&offset=40"],
  ["suggest", "suggest:q=mand"],
]

export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function exec(args) {
  const result = spawnSync("npx", ["medusa", "exec", "./src/scripts/search-bench-documents.ts", ...args], {
    cwd: BACKEND_DIR,
    env: { ...process.env, DATABASE_URL },
    stdio: ["ignore", "inherit", "inherit"],
  })
  if (result.status !== 0) throw new Error(`medusa exec failed (${result.status})`)
}

async function publishableKey() {
  const client = new pg.Client({ connectionString: DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select token from api_key where type = 'publishable' and revoked_at is null and deleted_at is null order by created_at limit 1"
    )
    if (!rows[0]) throw new Error("No publishable API key: is the store seeded?")
    return rows[0].token
  } finally {
    await client.end()
  }
}

async function main() {
  const key = await publishableKey()
  console.log(`• Loading ${COUNT} search documents from ${MAKERS} makers…`)
  exec([`count=${COUNT}`, `makers=${MAKERS}`])
  try {
    const url = ([, qs]) =>
      qs.startsWith("suggest:") ? `${BACKEND_URL}/store/search/suggestions?${qs.slice(8)}` : `${BACKEND_URL}/store/search?${qs}`
    const get = async (query) => {
      const started = performance.now()
      const response = await fetch(url(query), { headers: { "x-publishable-api-key": key } })
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`${url(query)} answered ${response.status}`)
      return performance.now() - started
    }
    for (const query of QUERIES) await get(query) // warm-up
    const latencies = new Map(QUERIES.map(([kind]) => [kind, []]))
    const all = []
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < REQUESTS) {
          const query = QUERIES[next++ % QUERIES.length]
          const ms = await get(query)
          latencies.get(query[0]).push(ms)
          all.push(ms)
        }
      })
    )
    const seconds = (performance.now() - started) / 1000
    const row = (name, list) => {
      const sorted = [...list].sort((a, b) => a - b)
      return `${name.padEnd(8)} n=${String(sorted.length).padStart(5)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms`
    }
    console.log(`\nGET /store/search, ${COUNT} documents, ${CLIENTS} concurrent clients, ${all.length} requests in ${seconds.toFixed(1)} s (${(all.length / seconds).toFixed(0)}/s)`)
    for (const [kind, list] of latencies) console.log(row(kind, list))
    console.log(row("all", all))
  } finally {
    if (!KEEP) {
      console.log("• Removing the bench documents…")
      exec(["remove"])
    }
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  main().catch((error) => {
    console.error(error.message ?? error)
    process.exit(1)
  })
}
