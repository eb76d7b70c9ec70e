// `node scripts/bench/lighthouse.mjs`: Lighthouse (mobile, 3 runs per page, median) on the storefront's key pages,
// measured as /work/shared/ANCHORS.md says, with a table and a check of the targets. It starts what it needs on
// its own ports (embedded PostgreSQL with the demo data, the backend, a production build of the storefront) unless
// STOREFRONT_URL (and optionally BACKEND_URL) point at running ones, and stops all of it on exit or Ctrl-C.
//
//   --no-fail      report only; exit 0 even when a target is missed
//   --runs <n>     Lighthouse runs per page (default 3; the median of each figure is shown)
//   --fresh        drop the benchmark database and seed it again
//
// Environment: STOREFRONT_URL, BACKEND_URL (use running servers), MEDUSA_PUBLISHABLE_KEY (with BACKEND_URL),
// BENCH_BACKEND_PORT (9300), BENCH_STOREFRONT_PORT (8300), BENCH_POSTGRES_PORT (54500), CHROME_PATH.
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { checkNodeVersion, checkPortsFree, fail } from "../lib/preflight.mjs"

checkNodeVersion()

export const LIGHTHOUSE = "lighthouse@12.8.2"
export const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"
export const TARGETS = { performance: 95, accessibility: 95, productJsBytes: 120 * 1024 }

/** The pages to measure; `maker` is filled in from the backend (or the storefront's makers page). */
export const PAGES = [
  { name: "home", path: "/" },
  { name: "category", path: "/categories/buket-bunga" },
  { name: "product", path: "/products/buket-mawar-abadi", product: true },
  { name: "maker", path: null },
  { name: "home (en)", path: "/en" },
]

export function median(values) {
  const sorted = values.filter((v) => typeof v === "number" && Number.isFinite(v)).sort((a, b) => a - b)
  if (!sorted.length) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The figures we keep from one Lighthouse JSON report (LHR). */
export function figures(lhr) {
  const requests = lhr.audits["network-requests"]?.details?.items ?? []
  const scripts = requests.filter((r) => r.resourceType === "Script")
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100))
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? null,
    jsBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    jsFiles: scripts.map((r) => ({ url: r.url, transferSize: r.transferSize ?? 0 })),
    runtimeError: lhr.runtimeError?.message ?? null,
    finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl,
  }
}

/** Per-figure medians over the runs of one page. */
export function summarise(runs) {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    jsBytes: median(runs.map((r) => r.jsBytes)),
  }
}

/** Sentences for every missed target; empty when all are met. */
export function missedTargets(results, targets = TARGETS) {
  const missed = []
  for (const { page, summary } of results) {
    if (!summary) continue
    if (summary.performance == null || summary.performance < targets.performance)
      missed.push(`${page.name}: performance ${summary.performance ?? "n/a"} < ${targets.performance}`)
    if (summary.accessibility == null || summary.accessibility < targets.accessibility)
      missed.push(`${page.name}: accessibility ${summary.accessibility ?? "n/a"} < ${targets.accessibility}`)
    if (page.product && (summary.jsBytes == null || summary.jsBytes > targets.productJsBytes))
      missed.push(`${page.name}: ${summary.jsBytes ?? "n/a"} B of JavaScript transferred > ${targets.productJsBytes} B`)
  }
  return missed
}

export function table(results) {
  const rows = [["page", "path", "perf", "a11y", "LCP", "JS transferred"]]
  for (const { page, summary, skipped } of results) {
    if (skipped) {
      rows.push([page.name, page.path ?? "-", "-", "-", "-", `skipped (${skipped})`])
      continue
    }
    rows.push([
      page.name,
      page.path,
      String(summary.performance ?? "n/a"),
      String(summary.accessibility ?? "n/a"),
      summary.lcpMs == null ? "n/a" : `${(summary.lcpMs / 1000).toFixed(2)} s`,
      summary.jsBytes == null ? "n/a" : `${Math.round(summary.jsBytes).toLocaleString("en")} B`,
    ])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
  const line = (r) => r.map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join("  ")
  return [line(rows[0]), widths.map((w) => "─".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n")
}

// ─── running it ──────────────────────────────────────────────────────────────────────────────────────────────
const isMain = import.meta.url === `file://${process.argv[1]}`
let stopping = false
if (isMain) {
  await main().catch(async (error) => {
    // After a Ctrl-C, a step whose server was just stopped may throw; the shutdown under way exits cleanly.
    if (stopping) return new Promise(() => {})
    throw error
  })
}

async function main() {
  const { values: args } = parseArgs({
    options: { "no-fail": { type: "boolean", default: false }, runs: { type: "string", default: "3" }, fresh: { type: "boolean", default: false } },
  })
  const runs = Number(args.runs)
  if (!Number.isInteger(runs) || runs < 1) fail("--runs takes a whole number of runs per page, 1 or more.")
  const chromePath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (!fs.existsSync(chromePath)) {
    fail(`Lighthouse needs Chromium at ${chromePath}, and it is not there.\n  On Debian/Ubuntu: sudo apt-get install chromium   (or set CHROME_PATH).`)
  }

  const { ROOT } = await import("../lib/pnpm.mjs")
  const { onShutdown, shutdown, stopOnSignals } = await import("../lib/processes.mjs")
  stopOnSignals(130)
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => (stopping = true))
  const outDir = path.join(ROOT, ".data", "bench", "lighthouse", new Date().toISOString().replace(/[:.]/g, "-"))
  fs.mkdirSync(outDir, { recursive: true })

  const { storefrontUrl, backendUrl, publishableKey } = await servers({ ROOT, fresh: args.fresh, onShutdown })

  // The maker page: the first maker the store API lists, or the first maker linked from the storefront.
  const makerHandle = await firstMakerHandle({ backendUrl, publishableKey, storefrontUrl })
  const pages = PAGES.map((p) => (p.name === "maker" ? { ...p, path: makerHandle ? `/makers/${makerHandle}` : null } : p))

  const results = []
  for (const page of pages) {
    if (!page.path) {
      console.warn(`⚠ ${page.name}: no maker found to measure; skipped.`)
      results.push({ page, skipped: "no maker found" })
      continue
    }
    const url = new URL(page.path, storefrontUrl).href
    const status = await warmUp(url)
    if (status === 404) {
      console.warn(`⚠ ${page.name}: ${page.path} answers 404 (not built yet?); skipped.`)
      results.push({ page, skipped: "404" })
      continue
    }
    if (status === null || status >= 400) {
      console.error(`✖ ${page.name}: ${page.path} answers ${status ?? "nothing"}.`)
      results.push({ page, skipped: `HTTP ${status ?? "error"}`, error: true })
      continue
    }
    if (status >= 300) console.warn(`⚠ ${page.name}: ${page.path} redirects (${status}); Lighthouse follows it, and pays for it.`)
    const pageRuns = []
    for (let i = 1; i <= runs; i++) {
      process.stdout.write(`• Lighthouse ${page.name} (${page.path}), run ${i}/${runs}… `)
      const file = path.join(outDir, `${page.name.replace(/\W+/g, "-")}-${i}.json`)
      const lhr = await runLighthouse({ url, file, chromePath, onShutdown })
      if (!lhr) {
        console.log("failed")
        continue
      }
      const f = figures(lhr)
      pageRuns.push(f)
      console.log(
        f.runtimeError ? `error: ${f.runtimeError}` : `perf ${f.performance}, a11y ${f.accessibility}, LCP ${(f.lcpMs / 1000).toFixed(2)} s, JS ${f.jsBytes} B`
      )
    }
    const ok = pageRuns.filter((r) => !r.runtimeError)
    results.push(ok.length ? { page, runs: ok, summary: summarise(ok) } : { page, skipped: "Lighthouse failed", error: true })
  }

  fs.writeFileSync(path.join(outDir, "summary.json"), JSON.stringify({ storefrontUrl, targets: TARGETS, results }, null, 2))
  console.log(`\nLighthouse ${LIGHTHOUSE.split("@")[1]}, mobile, median of ${runs} run${runs > 1 ? "s" : ""} (${storefrontUrl})\n`)
  console.log(table(results))
  const product = results.find((r) => r.page.product && r.runs)
  if (product) {
    const median = product.runs.find((r) => r.jsBytes === product.summary.jsBytes) ?? product.runs[0]
    console.log(`\nJavaScript on the product page (one run):`)
    for (const f of [...median.jsFiles].sort((a, b) => b.transferSize - a.transferSize)) {
      console.log(`  ${String(f.transferSize).padStart(8)} B  ${new URL(f.url).pathname}`)
    }
  }
  console.log(`\nReports: ${path.relative(ROOT, outDir)}/`)

  const missed = [
    ...results.filter((r) => r.error).map((r) => `${r.page.name}: ${r.skipped}`),
    ...(results.some((r) => r.page.product && r.runs) ? [] : ["product page: not measured"]),
    ...missedTargets(results),
  ]
  const targetsText = `performance ≥ ${TARGETS.performance}, accessibility ≥ ${TARGETS.accessibility} on each page; product page JS ≤ ${TARGETS.productJsBytes.toLocaleString("en")} B`
  if (missed.length) {
    console.log(`\n✖ Targets missed (${targetsText}):\n  ${missed.join("\n  ")}`)
    await shutdown(args["no-fail"] ? 0 : 1)
  } else {
    console.log(`\n✔ All targets met (${targetsText}).`)
    await shutdown(0)
  }
}

/** Running servers from the environment, or our own: PostgreSQL + seeded demo data, backend, storefront build. */
async function servers({ ROOT, fresh, onShutdown }) {
  const given = {
    storefrontUrl: process.env.STOREFRONT_URL?.trim() || null,
    backendUrl: process.env.BACKEND_URL?.trim() || null,
    publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY?.trim() || null,
  }
  if (given.storefrontUrl) {
    console.log(`• Using the running storefront at ${given.storefrontUrl}${given.backendUrl ? ` and backend at ${given.backendUrl}` : ""}`)
    return given
  }

  const backendPort = Number(process.env.BENCH_BACKEND_PORT || 9300)
  const storefrontPort = Number(process.env.BENCH_STOREFRONT_PORT || 8300)
  const postgresPort = Number(process.env.BENCH_POSTGRES_PORT || 54500)
  const store = await import("../lib/store.mjs")
  const { localSecrets } = await import("../lib/secrets.mjs")
  const secrets = localSecrets(path.join(ROOT, ".data"))
  let backendUrl = given.backendUrl
  let key = given.publishableKey

  await checkPortsFree([
    { port: storefrontPort, use: "the benchmark's storefront", env: "BENCH_STOREFRONT_PORT" },
    ...(backendUrl ? [] : [{ port: backendPort, use: "the benchmark's backend", env: "BENCH_BACKEND_PORT" }]),
    ...(backendUrl || process.env.DATABASE_URL ? [] : [{ port: postgresPort, use: "the benchmark's PostgreSQL", env: "BENCH_POSTGRES_PORT" }]),
  ])

  if (backendUrl) {
    if (!key) fail("With BACKEND_URL, set MEDUSA_PUBLISHABLE_KEY too (the storefront is built against that backend).")
    console.log(`• Using the running backend at ${backendUrl}`)
  } else {
    let databaseUrl = process.env.DATABASE_URL
    if (databaseUrl) {
      const url = new URL(databaseUrl)
      url.pathname = "/rumah_karya_bench"
      databaseUrl = url.toString()
    } else {
      const { startEmbeddedPostgres } = await import("../lib/postgres.mjs")
      // Kept between runs (seeding takes minutes); --fresh starts the database over.
      const dataDir = path.join(ROOT, ".data", "bench", "postgres")
      console.log(`• Starting the embedded PostgreSQL on port ${postgresPort} (data in ${path.relative(ROOT, dataDir)})…`)
      const postgres = await startEmbeddedPostgres({ dataDir, port: postgresPort })
      onShutdown(() => postgres.stop())
      if (fresh) await postgres.dropDatabase("rumah_karya_bench")
      await postgres.ensureDatabase("rumah_karya_bench")
      databaseUrl = postgres.url("rumah_karya_bench")
    }
    const backendEnv = store.backendEnv({
      databaseUrl,
      port: backendPort,
      secrets,
      // As the end-to-end tests run it; no admin dashboard, it would only compete for the two cores.
      extra: { NODE_ENV: "development", LOG_LEVEL: "warn", DISABLE_MEDUSA_ADMIN: "true", STOREFRONT_URL: `http://localhost:${storefrontPort}` },
    })
    await store.migrate(backendEnv)
    await store.seedOnce(backendEnv, { quiet: true })
    key = await store.publishableKey(databaseUrl)
    await store.startBackend({ port: backendPort, env: backendEnv, command: "start", quiet: true })
    backendUrl = `http://localhost:${backendPort}`
  }

  const storefrontEnv = {
    ...store.storefrontEnv({ backendPort, key, port: storefrontPort, secrets }),
    MEDUSA_BACKEND_URL: backendUrl,
  }
  await store.buildStorefront(storefrontEnv)
  await store.startStorefront({ port: storefrontPort, env: storefrontEnv, quiet: true })
  return { storefrontUrl: `http://localhost:${storefrontPort}`, backendUrl, publishableKey: key }
}

async function firstMakerHandle({ backendUrl, publishableKey, storefrontUrl }) {
  if (backendUrl && publishableKey) {
    try {
      const response = await fetch(new URL("/store/makers", backendUrl), { headers: { "x-publishable-api-key": publishableKey } })
      if (response.ok) {
        const { makers = [] } = await response.json()
        if (makers[0]?.handle) return makers[0].handle
      }
    } catch {
      // fall back to the storefront's list
    }
  }
  try {
    const html = await (await fetch(new URL("/makers", storefrontUrl))).text()
    return /href="\/makers\/([^"/?#]+)"/.exec(html)?.[1] ?? null
  } catch {
    return null
  }
}

/** One request before measuring, so that no run pays for a first render; the status it answered. */
async function warmUp(url) {
  try {
    const response = await fetch(url, { redirect: "manual" })
    await response.arrayBuffer()
    return response.status
  } catch {
    return null
  }
}

/**
 * One Lighthouse run through npx (never a workspace dependency), in its own process group. Lighthouse's
 * Chrome launcher stops Chromium on SIGINT, so that is how a Ctrl-C or an early exit stops it.
 */
function runLighthouse({ url, file, chromePath, onShutdown }) {
  return new Promise((resolve) => {
    const child = spawn(
      "npx",
      [
        "-y", LIGHTHOUSE, url,
        "--output=json", `--output-path=${file}`,
        "--only-categories=performance,accessibility",
        `--chrome-flags=${CHROME_FLAGS}`,
        "--quiet",
      ],
      // npx from a neutral folder: npm would otherwise warn about the workspace's pnpm-only .npmrc keys.
      { cwd: os.tmpdir(), env: { ...process.env, CHROME_PATH: chromePath }, stdio: ["ignore", "ignore", "pipe"], detached: true }
    )
    let stderr = ""
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)))
    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done()
        child.once("exit", done)
        try {
          process.kill(-child.pid, "SIGINT")
        } catch {
          return done()
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, "SIGKILL")
          } catch {}
          done()
        }, 10_000).unref()
      })
    onShutdown(stop)
    child.on("exit", (code) => {
      if (code !== 0 || !fs.existsSync(file)) {
        if (stderr.trim()) console.error(`\n${stderr.trim().split("\n").slice(-10).join("\n")}`)
        return resolve(null)
      }
      resolve(JSON.parse(fs.readFileSync(file, "utf8")))
    })
    child.on("error", () => resolve(null))
  })
}
