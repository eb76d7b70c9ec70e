// The production stack (docker-compose.yml, .env.example, the Dockerfiles) checked against the code it runs,
// without Docker: every service is buildable or pulled and health-checked, dependencies exist, every environment
// variable the backend and the storefront read reaches them, and every address one service uses to reach another
// names a service and a port that service listens on. The lists are derived from the code and the compose file,
// so a new `process.env.X` in the backend fails here until the stack provides X.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const COMPOSE_FILE = path.join(ROOT, "docker-compose.yml")
const ENV_EXAMPLE = path.join(ROOT, ".env.example")

/** Read by the code but deliberately never set in production; the stack must not set them. */
const NOT_FOR_PRODUCTION = {
  STRIPE_API_BASE: "tests only: points card payments at the local Stripe stand-in (the backend refuses it in production)",
  DEMO_IMAGE_SIZE: "the demo seed only",
  NEXT_DIST_DIR: "test builds of the storefront only (default .next)",
  NEXT_RUNTIME: "set by Next.js itself",
}

// ---------------------------------------------------------------------------------------------------------------
// What the code reads
// ---------------------------------------------------------------------------------------------------------------

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$|\.unit\.spec\.|(^|\/)(__tests__|e2e|integration-tests|test-results)\//

function sourceFiles(dir, skip = []) {
  const out = []
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue
      const full = path.join(d, entry.name)
      const rel = path.relative(ROOT, full).split(path.sep).join("/")
      if (skip.some((s) => rel === s || rel.startsWith(`${s}/`))) continue
      if (entry.isDirectory()) walk(full)
      else if (SOURCE.test(entry.name) && !TEST_FILE.test(rel)) out.push(full)
    }
  }
  walk(dir)
  return out
}

/**
 * The environment variables a source file reads: `process.env.X`, `process.env["X"]`, `env.X` (a parameter that
 * defaults to process.env) and, in a file that reads by computed key (`process.env[name]`), the names it passes
 * as strings ("PAYOUT_HOLD_DAYS") and the prefixes of the names it builds (`PAYOUT_MINIMUM_${code}`).
 * `import.meta.env.X` is left out: Vite replaces it when the admin is bundled, it is not read at run time.
 */
export function envReads(source) {
  const names = new Set()
  const prefixes = new Set()
  for (const m of source.matchAll(/(?<!meta\.)\b(?:process\.env|env)\??\.([A-Z][A-Z0-9_]*)\b/g)) names.add(m[1])
  for (const m of source.matchAll(/\b(?:process\.env|env)\[\s*["'`]([A-Z][A-Z0-9_]*)["'`]\s*\]/g)) names.add(m[1])
  if (/\b(?:process\.env|env)\[(?!\s*(["'`])[A-Z][A-Z0-9_]*\1\s*\])/.test(source)) {
    for (const m of source.matchAll(/["'`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)["'`]/g)) names.add(m[1])
    for (const m of source.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_)\$\{/g)) prefixes.add(m[1])
  }
  return { names, prefixes }
}

function readsOf(files) {
  const names = new Map() // name → first file that reads it
  const prefixes = new Map()
  for (const file of files) {
    const rel = path.relative(ROOT, file)
    const found = envReads(fs.readFileSync(file, "utf8"))
    for (const n of found.names) if (!names.has(n)) names.set(n, rel)
    for (const p of found.prefixes) if (!prefixes.has(p)) prefixes.set(p, rel)
  }
  return { names, prefixes }
}

export const backendReads = () =>
  readsOf([path.join(ROOT, "backend", "medusa-config.ts"), ...sourceFiles(path.join(ROOT, "backend", "src"))])

export const storefrontReads = () =>
  readsOf(
    sourceFiles(path.join(ROOT, "storefront"), [
      "storefront/e2e",
      "storefront/playwright.config.ts",
      "storefront/vitest.config.ts",
    ])
  )

// ---------------------------------------------------------------------------------------------------------------
// What the stack provides
// ---------------------------------------------------------------------------------------------------------------

/** NAME=value lines of an env file (comments and blank lines skipped; an empty value still declares the name). */
export function parseEnvFile(text) {
  const vars = new Map()
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line)
    if (m && !line.trim().startsWith("#")) vars.set(m[1], m[2].trim())
  }
  return vars
}

const list = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value])

function environmentOf(service) {
  const env = service.environment
  if (!env) return new Map()
  if (Array.isArray(env)) {
    return new Map(env.map((entry) => String(entry).split(/=(.*)/s)).map(([k, v]) => [k, v ?? ""]))
  }
  return new Map(Object.entries(env).map(([k, v]) => [k, v === null ? "" : String(v)]))
}

function envFilesOf(service) {
  return list(service.env_file).map((entry) => (typeof entry === "string" ? entry : entry.path))
}

/** Everything a service's process gets: env_file entries (.env is the operator's copy of .env.example) and environment. */
function providedTo(service, envFiles) {
  const names = new Set()
  for (const file of envFilesOf(service)) for (const n of envFiles.get(file)?.keys() ?? []) names.add(n)
  for (const n of environmentOf(service).keys()) names.add(n)
  return names
}

function dependsOn(service) {
  const deps = service.depends_on
  if (!deps) return []
  if (Array.isArray(deps)) return deps.map((name) => ({ name, condition: "service_started" }))
  return Object.entries(deps).map(([name, spec]) => ({ name, condition: spec?.condition ?? "service_started" }))
}

function portSpecs(service) {
  return list(service.ports).map((p) => {
    if (typeof p === "object") return { published: p.published ? String(p.published) : undefined, target: String(p.target) }
    const parts = String(p).split("/")[0].split(":")
    return { published: parts.length > 1 ? parts[parts.length - 2] : undefined, target: parts[parts.length - 1] }
  })
}

/** Ports a service listens on inside the network: published targets, `expose`, and an explicit PORT. */
function listensOn(service) {
  const ports = new Set(portSpecs(service).map((p) => Number(p.target)))
  for (const e of list(service.expose)) ports.add(Number(String(e).split("/")[0]))
  const port = environmentOf(service).get("PORT")
  if (port) ports.add(Number(port))
  return ports
}

const DEFAULT_PORTS = { http: 80, https: 443, postgres: 5432, postgresql: 5432, redis: 6379 }

/** scheme://[user@]host[:port] in a string; `${…}` (filled in from .env) becomes a placeholder host or user. */
function urlsIn(value) {
  const text = String(value).replace(/\$\{[^}]*\}/g, "__from_env__")
  return [...text.matchAll(/\b([a-z][a-z0-9+.-]*):\/\/(?:[^\s@/'"]*@)?([A-Za-z0-9_.-]+)(?::(\d+))?/g)].map((m) => ({
    url: m[0],
    scheme: m[1],
    host: m[2],
    port: m[3] ? Number(m[3]) : DEFAULT_PORTS[m[1]],
  }))
}

function stringsOf(service) {
  const out = [...environmentOf(service).values()]
  if (service.build && typeof service.build === "object") out.push(...Object.values(service.build.args ?? {}).map(String))
  for (const key of ["command", "entrypoint"]) out.push(...list(service[key]).map(String))
  out.push(...list(service.healthcheck?.test).map(String))
  return out
}

function hasHealthcheck(service) {
  const hc = service.healthcheck
  if (!hc || hc.disable) return false
  const test = list(hc.test)
  return test.length > 0 && test[0] !== "NONE"
}

function dockerfileOf(service) {
  if (!service.build) return null
  const build = typeof service.build === "string" ? { context: service.build } : service.build
  return path.resolve(ROOT, build.context ?? ".", build.dockerfile ?? "Dockerfile")
}

const builtFrom = (services, relDockerfile) =>
  Object.entries(services).filter(([, s]) => dockerfileOf(s) === path.join(ROOT, relDockerfile))

/**
 * Every problem of the stack, as sentences (empty: none).
 * compose: the parsed compose file; envFiles: file name → its variables; reads: what the code reads.
 */
export function stackProblems({ compose, envFiles, backend, storefront }) {
  const problems = []
  const services = compose.services ?? {}
  const names = Object.keys(services)
  const oneShots = new Set(
    Object.values(services).flatMap((s) =>
      dependsOn(s).filter((d) => d.condition === "service_completed_successfully").map((d) => d.name)
    )
  )

  for (const [name, service] of Object.entries(services)) {
    // Image or build, and the Dockerfile exists.
    if (!service.image && !service.build) problems.push(`${name}: neither image nor build`)
    const dockerfile = dockerfileOf(service)
    if (dockerfile && !fs.existsSync(dockerfile)) problems.push(`${name}: ${path.relative(ROOT, dockerfile)} does not exist`)

    // Long-running services are health-checked; one-shots do not restart forever.
    if (oneShots.has(name)) {
      if (["always", "unless-stopped"].includes(service.restart)) problems.push(`${name}: a one-shot service with restart: ${service.restart}`)
    } else if (!hasHealthcheck(service)) {
      problems.push(`${name}: no healthcheck`)
    }

    // Dependencies exist, and the condition fits them.
    for (const dep of dependsOn(service)) {
      if (!services[dep.name]) problems.push(`${name}: depends_on ${dep.name}, which is not a service`)
      else if (dep.condition === "service_healthy" && !hasHealthcheck(services[dep.name]))
        problems.push(`${name}: waits for ${dep.name} to be healthy, but ${dep.name} has no healthcheck`)
    }

    // env files exist (or their template does).
    for (const file of envFilesOf(service)) {
      if (!envFiles.has(file)) problems.push(`${name}: env_file ${file} is neither present nor templated by ${file}.example`)
    }

    // Addresses: <service>:<a port it listens on>, or this container's own port.
    for (const value of stringsOf(service)) {
      for (const url of urlsIn(value)) {
        if (url.host === "__from_env__") continue
        const local = ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"].includes(url.host)
        const target = local ? name : url.host
        if (!services[target]) {
          problems.push(`${name}: ${url.url} points at ${url.host}, which is not a service`)
        } else if (!listensOn(services[target]).has(url.port)) {
          problems.push(`${name}: ${url.url} uses port ${url.port}, but ${target} listens on ${[...listensOn(services[target])].join(", ") || "nothing"}`)
        }
      }
    }
  }

  // Published ports do not collide on the host.
  const published = new Map()
  for (const [name, service] of Object.entries(services)) {
    for (const { published: port } of portSpecs(service)) {
      if (!port) continue
      if (published.has(port)) problems.push(`host port ${port} is published by both ${published.get(port)} and ${name}`)
      else published.set(port, name)
    }
  }

  // Every variable the code reads reaches every process running that code.
  const needs = (label, reads, dockerfile) => {
    const running = builtFrom(services, dockerfile)
    if (running.length === 0) problems.push(`no service is built from ${dockerfile}`)
    for (const [name, service] of running) {
      const provided = providedTo(service, envFiles)
      for (const [variable, file] of reads.names) {
        if (variable in NOT_FOR_PRODUCTION) {
          if (provided.has(variable)) problems.push(`${name}: sets ${variable}, which is for ${NOT_FOR_PRODUCTION[variable]}`)
        } else if (!provided.has(variable)) {
          problems.push(`${name}: ${label} reads ${variable} (${file}), which is neither in its environment nor in its env_file`)
        }
      }
      for (const [prefix, file] of reads.prefixes) {
        if (![...provided].some((n) => n.startsWith(prefix)))
          problems.push(`${name}: ${label} reads ${prefix}… (${file}), and no such variable reaches it`)
      }
    }
  }
  needs("the backend", backend, "backend/Dockerfile")
  needs("the storefront", storefront, "storefront/Dockerfile")

  // Server and worker: one image, two modes; migrations only on the server.
  const server = services["backend-server"]
  const worker = services["backend-worker"]
  if (!server || !worker) problems.push("backend-server and backend-worker must both exist")
  else {
    if (environmentOf(server).get("MEDUSA_WORKER_MODE") !== "server") problems.push("backend-server: MEDUSA_WORKER_MODE is not server")
    if (environmentOf(worker).get("MEDUSA_WORKER_MODE") !== "worker") problems.push("backend-worker: MEDUSA_WORKER_MODE is not worker")
    if (environmentOf(worker).get("DISABLE_MEDUSA_ADMIN") !== "true") problems.push("backend-worker: DISABLE_MEDUSA_ADMIN is not true")
    if (!list(server.command).join(" ").includes("db:migrate")) problems.push("backend-server: does not apply the migrations")
    if (list(worker.command).join(" ").includes("db:migrate")) problems.push("backend-worker: applies migrations (backend-server does)")
    if (portSpecs(worker).length) problems.push("backend-worker: publishes a port")
    if (!dependsOn(worker).some((d) => d.name === "backend-server" && d.condition === "service_healthy"))
      problems.push("backend-worker: does not wait for backend-server to be healthy (the migrations)")
  }
  return problems
}

/** `${VAR}` and `${VAR:?…}` in the compose file need VAR in .env; `${VAR:-default}` has a fallback. */
export function interpolationProblems(composeText, declared) {
  const problems = []
  for (const m of composeText.replace(/\$\$/g, "").matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?[^}]*\}/g)) {
    const [, name, op] = m
    if (op === "-" || op === ":-") continue
    if (!declared.has(name)) problems.push(`docker-compose.yml uses \${${name}}, which .env.example does not declare`)
  }
  return [...new Set(problems)]
}

// ---------------------------------------------------------------------------------------------------------------

const composeText = fs.readFileSync(COMPOSE_FILE, "utf8")
const envExampleText = fs.readFileSync(ENV_EXAMPLE, "utf8")
const loadCompose = (text = composeText) => parse(text, { merge: true })

function stack(overrides = {}) {
  const envExample = parseEnvFile(overrides.envExampleText ?? envExampleText)
  return {
    compose: overrides.compose ?? loadCompose(),
    envFiles: new Map([[".env", envExample]]),
    backend: backendReads(),
    storefront: storefrontReads(),
  }
}

describe("the production stack (docker-compose.yml)", () => {
  it("finds what the code reads (the scan itself works)", () => {
    const backend = backendReads()
    for (const name of ["DATABASE_URL", "JWT_SECRET", "COOKIE_SECRET", "STORE_CORS", "MEILISEARCH_HOST", "REVALIDATE_SECRET", "STOREFRONT_URL", "IDR_PER_USD", "PAYOUT_HOLD_DAYS", "BANK_TRANSFER_ACCOUNT_NUMBER"]) {
      expect(backend.names.has(name), name).toBe(true)
    }
    expect([...backend.prefixes.keys()]).toContain("PAYOUT_MINIMUM_")
    const storefront = storefrontReads()
    for (const name of ["MEDUSA_BACKEND_URL", "MEDUSA_PUBLISHABLE_KEY", "REVALIDATE_SECRET", "STRIPE_PUBLISHABLE_KEY", "PORT", "HOSTNAME"]) {
      expect(storefront.names.has(name), name).toBe(true)
    }
    expect(envReads("const url = import.meta.env.VITE_BACKEND_URL").names.size).toBe(0)
  })

  it("has no problems", () => {
    expect(stackProblems(stack())).toEqual([])
  })

  it("fills every ${…} from .env.example or a default", () => {
    expect(interpolationProblems(composeText, parseEnvFile(envExampleText))).toEqual([])
  })

  it("ships no working secret in .env.example", () => {
    const secrets = [...parseEnvFile(envExampleText)].filter(([name]) => /SECRET|PASSWORD|MASTER_KEY|API_KEY|PUBLISHABLE_KEY/.test(name))
    expect(secrets.length).toBeGreaterThan(5)
    expect(secrets.filter(([, value]) => value !== "")).toEqual([])
  })

  it("keeps installed and local files out of the images (.dockerignore)", () => {
    const ignored = fs.readFileSync(path.join(ROOT, ".dockerignore"), "utf8").split(/\r?\n/).map((l) => l.trim())
    for (const entry of [".git", "**/node_modules", "**/.data", "**/.next", "**/.medusa", "**/test-results", ".env"]) {
      expect(ignored, entry).toContain(entry)
    }
  })
})

describe("the stack check catches", () => {
  const problemsAfter = (mutate) => {
    const compose = loadCompose()
    mutate(compose)
    return stackProblems(stack({ compose })).join("\n")
  }

  it("a removed healthcheck", () => {
    expect(problemsAfter((c) => delete c.services.redis.healthcheck)).toContain("redis: no healthcheck")
    expect(problemsAfter((c) => delete c.services.redis.healthcheck)).toContain("waits for redis to be healthy")
    expect(problemsAfter((c) => delete c.services["backend-worker"].healthcheck)).toContain("backend-worker: no healthcheck")
  })

  it("a variable the code reads that no longer reaches it", () => {
    expect(problemsAfter((c) => delete c.services["backend-worker"].environment.DATABASE_URL)).toContain(
      "backend-worker: the backend reads DATABASE_URL"
    )
    expect(problemsAfter((c) => delete c.services.storefront.environment.MEDUSA_PUBLISHABLE_KEY)).toContain(
      "storefront: the storefront reads MEDUSA_PUBLISHABLE_KEY"
    )
    const withoutJwt = stack({ envExampleText: envExampleText.replace(/^JWT_SECRET=.*$/m, "") })
    expect(stackProblems(withoutJwt).join("\n")).toContain("backend-server: the backend reads JWT_SECRET")
    const withoutMinimums = stack({ envExampleText: envExampleText.replace(/^PAYOUT_MINIMUM_.*$/gm, "") })
    expect(stackProblems(withoutMinimums).join("\n")).toContain("reads PAYOUT_MINIMUM_…")
  })

  it("a test-only variable set in production", () => {
    expect(problemsAfter((c) => (c.services["backend-server"].environment.STRIPE_API_BASE = "http://stripe:12111"))).toContain(
      "backend-server: sets STRIPE_API_BASE"
    )
  })

  it("an address that names no service, or a port the service does not listen on", () => {
    expect(problemsAfter((c) => (c.services["backend-worker"].environment.MEILISEARCH_HOST = "http://meilisearch:7701"))).toContain(
      "uses port 7701, but meilisearch listens on 7700"
    )
    expect(problemsAfter((c) => (c.services["backend-server"].environment.REDIS_URL = "redis://cache:6379"))).toContain(
      "points at cache, which is not a service"
    )
    expect(problemsAfter((c) => (c.services.storefront.healthcheck.test[3] = "fetch('http://127.0.0.1:3000/')"))).toContain(
      "storefront: http://127.0.0.1:3000 uses port 3000"
    )
  })

  it("a dependency on a missing service, a missing Dockerfile, a port published twice", () => {
    expect(problemsAfter((c) => (c.services.storefront.depends_on.search = { condition: "service_healthy" }))).toContain(
      "storefront: depends_on search, which is not a service"
    )
    expect(problemsAfter((c) => (c.services.storefront.build.dockerfile = "storefront/Containerfile"))).toContain(
      "storefront/Containerfile does not exist"
    )
    expect(problemsAfter((c) => c.services.minio.ports.push("127.0.0.1:8000:9001"))).toContain(
      "host port 8000 is published by both"
    )
  })

  it("server and worker modes mixed up", () => {
    const problems = problemsAfter((c) => {
      c.services["backend-worker"].environment.MEDUSA_WORKER_MODE = "server"
      c.services["backend-server"].environment.MEDUSA_WORKER_MODE = "shared"
    })
    expect(problems).toContain("backend-worker: MEDUSA_WORKER_MODE is not worker")
    expect(problems).toContain("backend-server: MEDUSA_WORKER_MODE is not server")
  })

  it("a ${VAR} that .env.example does not declare", () => {
    expect(interpolationProblems("x: ${NEW_SECRET:?set it}\ny: ${WITH_DEFAULT:-1}\nz: $${NOT_INTERPOLATED}", new Map())).toEqual([
      "docker-compose.yml uses ${NEW_SECRET}, which .env.example does not declare",
    ])
  })
})
