// `node scripts/bench/search.mjs`: latency of GET /store/search with a catalogue of 10,000 products from 300
// makers, at 10 concurrent clients; prints p50/p95 per query kind and overall, twice: for popular queries that
// repeat (as in a real store: answered from Medusa's Caching Module after the first) and for distinct queries
// that all miss the cache (the cost of the search itself).
//
// Needs a running backend (`pnpm start`) and its database: DATABASE_URL (default: the embedded one of
// `pnpm start`, postgres://postgres:postgres@localhost:54320/rumah_karya), BACKEND_URL (http://localhost:9000).
// The catalogue: 10,000 real Medusa products from 300 makers, created through the product and maker workflows
// (backend/src/scripts/search-bench-catalogue.ts; about 20 minutes the first time on a 2-core machine), then the
// search index rebuilt from the whole catalogue. They stay for the next run; --remove deletes them afterwards.
// --documents loads synthetic search documents straight into the index instead (seconds; removed afterwards
// unless --keep): the same index size and word distribution, without the products behind them.
// Options: --count=10000 --makers=300 --clients=10 --requests=2000 --documents --keep --remove
import { spawnSync } from "node:child_process"
import http from "node:http"
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
const REMOVE = process.argv.includes("--remove")
const DOCUMENTS = process.argv.includes("--documents")
const LOADER = DOCUMENTS ? "./src/scripts/search-bench-documents.ts" : "./src/scripts/search-bench-catalogue.ts"
const DATABASE_URL = process.env.DATABASE_URL || `postgres://postgres:postgres@localhost:${process.env.POSTGRES_PORT || 54320}/rumah_karya`
const BACKEND_URL = (process.env.BACKEND_URL || "http://localhost:9000").replace(/\/$/, "")

/** The popular queries: a store sees the same searches again and again (answered from the cache after the first). */
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

const WORDS = ["buket", "bunga", "mawar", "bale", "pengantin", "hiasan", "dinding", "pintu", "botol", "plastik", "mandala", "tirai", "merah", "putih", "kuning", "biru", "emas", "bouquet", "flower", "bridal", "wall", "door", "bottle", "rose", "curtain", "gold"]
const NAMES = ["sari", "dewi", "rina", "maya", "lina", "wati", "yanti", "rosa", "mega", "intan", "fitri", "ayu", "putri", "lestari", "indah"]
const CATEGORIES = ["buket-bunga", "bale-pengantin", "hiasan-dinding", "hiasan-pintu"]

/** A typo of a word: a letter dropped, doubled or swapped with the next. */
function typo(word, n) {
  const i = 1 + (n % (word.length - 2))
  const kind = n % 3
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1)
  if (kind === 1) return word.slice(0, i) + word[i] + word.slice(i)
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
}

/**
 * The n-th query of the distinct mix: the same kinds as QUERIES, but each request different (words, typos,
 * makers, price ranges, pages), so that none is answered from the cache.
 */
export function distinctQuery(n) {
  const m = Math.floor(n / 6) // the m-th request of its kind
  const first = WORDS[m % WORDS.length]
  const second = WORDS[(m + 1 + Math.floor(m / WORDS.length)) % WORDS.length]
  const e = encodeURIComponent
  switch (n % 6) {
    case 0:
      return ["word", `q=${e(`${first} ${second}`)}`]
    case 1:
      return ["typo", `q=${e(`${typo(first, m)} ${typo(second, m + 1)}`)}`]
    case 2:
      return ["maker", `q=${e(`${NAMES[m % NAMES.length]} ${m % 300}`)}`]
    case 3: {
      const min = 50_000 + (m % 60) * 5_000
      return ["facets", `q=${e(first)}&category=${CATEGORIES[m % 4]}&in_stock=true&min_price=${min}&max_price=${min + 150_000}`]
    }
    case 4:
      return ["browse", `category=${CATEGORIES[m % 4]}&sort=${(m >> 2) % 2 ? "price_asc" : "price_desc"}&offset=${((m >> 3) % 40) * 24}`]
    default:
      return ["suggest", `suggest:q=${e(`${first} ${second.slice(0, 1 + (m % 4))}`)}`]
  }
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function exec(args) {
  const result = spawnSync("npx", ["medusa", "exec", LOADER, ...args], {
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
  console.log(`• Loading ${COUNT} ${DOCUMENTS ? "search documents" : "products"} from ${MAKERS} makers…`)
  exec([`count=${COUNT}`, `makers=${MAKERS}`])
  try {
    const url = ([, qs]) =>
      qs.startsWith("suggest:") ? `${BACKEND_URL}/store/search/suggestions?${qs.slice(8)}` : `${BACKEND_URL}/store/search?${qs}`
    // node:http with kept-alive connections: the load generator shares the machine's cores with the backend and
    // PostgreSQL, and costs them less CPU than fetch().
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS })
    const get = (query) =>
      new Promise((resolve, reject) => {
        const started = performance.now()
        const request = http.get(url(query), { agent, headers: { "x-publishable-api-key": key } }, (response) => {
          response.resume()
          response.on("end", () =>
            response.statusCode === 200
              ? resolve(performance.now() - started)
              : reject(new Error(`${url(query)} answered ${response.statusCode}`))
          )
        })
        request.on("error", reject)
      })
    const row = (name, list) => {
      const sorted = [...list].sort((a, b) => a - b)
      return `${name.padEnd(8)} n=${String(sorted.length).padStart(5)}  p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms`
    }
    /** REQUESTS requests from CLIENTS concurrent clients; queryFor(n) gives the n-th request's [kind, query]. */
    const run = async (title, queryFor) => {
      const latencies = new Map()
      const all = []
      let next = 0
      const started = performance.now()
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < REQUESTS) {
            const query = queryFor(next++)
            const ms = await get(query)
            if (!latencies.has(query[0])) latencies.set(query[0], [])
            latencies.get(query[0]).push(ms)
            all.push(ms)
          }
        })
      )
      const seconds = (performance.now() - started) / 1000
      console.log(`\n${title}: GET /store/search, ${COUNT} documents, ${CLIENTS} concurrent clients, ${all.length} requests in ${seconds.toFixed(1)} s (${(all.length / seconds).toFixed(0)}/s)`)
      for (const [kind, list] of latencies) console.log(row(kind, list))
      console.log(row("all", all))
    }
    for (const query of QUERIES) await get(query) // warm-up (connections, first plans)
    await run("Popular queries (repeated; answered from the cache after the first)", (n) => QUERIES[n % QUERIES.length])
    // A different stretch of the distinct mix on every run: a run within a minute of the last must not find its
    // queries cached.
    const seed = 6 * Math.floor(Math.random() * 100_000)
    await run("Distinct queries (every request new; never from the cache)", (n) => distinctQuery(seed + n))
    agent.destroy()
  } finally {
    if (DOCUMENTS ? !KEEP : REMOVE) {
      console.log("• Removing the bench catalogue…")
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
