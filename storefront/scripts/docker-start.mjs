// The storefront container's command (storefront/Dockerfile, docker-compose.yml): builds the storefront against the
// running backend once, then serves it with server.mjs (Next's handler plus the Brotli copies), as `start` does.
//
// Why the build happens here and not in `docker build`: `next build` prerenders the shop's pages (home, categories,
// makers, cart…, revalidated every 5 minutes afterwards), and prerendering reads the regions, categories and products
// from the backend with the publishable API key. An image build cannot reach the backend on the compose network,
// and the key only exists once the backend runs and staff have created it (docs/deployment.md). So the image holds
// the installed workspace; the container builds with its own environment (MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY,
// STOREFRONT_URL, S3_FILE_URL: what the build reads) and a restart of the same container reuses that build.
import { spawnSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const BUILD_INPUTS = ["MEDUSA_BACKEND_URL", "MEDUSA_PUBLISHABLE_KEY", "STOREFRONT_URL", "S3_FILE_URL"]
const stampFile = path.join(dir, ".next", "docker-build-inputs")

function fail(message) {
  console.error(`✖ ${message}`)
  process.exit(1)
}

if (!process.env.MEDUSA_PUBLISHABLE_KEY?.trim()) {
  fail(
    "MEDUSA_PUBLISHABLE_KEY is not set. Create the storefront's publishable API key in the admin (Settings → " +
      "Publishable API Keys, linked to the sales channel), put it in .env, then run `docker compose up -d storefront` " +
      "(docs/deployment.md)."
  )
}

const stamp = createHash("sha256")
  .update(JSON.stringify(BUILD_INPUTS.map((name) => [name, process.env[name]?.trim() ?? ""])))
  .digest("hex")
const built =
  existsSync(path.join(dir, ".next/BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp

if (built) {
  console.log("• Storefront already built for this environment")
} else {
  await waitForBackend()
  run("next build", [path.join(dir, "node_modules", "next", "dist", "bin", "next"), "build"])
  run("precompress", [path.join(dir, "scripts", "precompress.mjs")])
  writeFileSync(stampFile, stamp)
}

await import("../server.mjs")

/** After a reboot Docker restarts every container at once, without compose's depends_on: wait for the backend. */
async function waitForBackend() {
  const url = `${(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")}/health`
  const deadline = Date.now() + 10 * 60_000
  for (;;) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false)
    if (ok) return
    if (Date.now() > deadline) fail(`The backend did not answer ${url} for 10 minutes.`)
    console.log(`• Waiting for the backend (${url})…`)
    await new Promise((resolve) => setTimeout(resolve, 5000))
  }
}

function run(name, args) {
  console.log(`• Storefront: ${name}…`)
  const { status, signal } = spawnSync(process.execPath, args, { cwd: dir, stdio: "inherit" })
  if (status !== 0) {
    fail(
      `${name} failed (${signal ?? `exit code ${status}`}). Prerendering needs the backend with its regions (IDR and ` +
        "USD) and a valid publishable key: see docs/deployment.md, \"The storefront\"."
    )
  }
}
