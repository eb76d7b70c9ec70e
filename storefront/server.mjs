// The storefront's production server: Next's own request handler, plus the Brotli copies of the build's
// JavaScript and CSS (scripts/precompress.mjs) for browsers that accept them. Everything else — pages,
// images, API routes, gzip — is Next's. Usage: node server.mjs [--port 8000] [--hostname 0.0.0.0]
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import { createServer } from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { staticBrotliPath } from "./lib/static-brotli.mjs"

// As `next start` does: React and Next run their production builds only with NODE_ENV=production.
process.env.NODE_ENV = "production"
const { default: next } = await import("next")

const dir = path.dirname(fileURLToPath(import.meta.url))
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`)
  return i === -1 ? undefined : process.argv[i + 1]
}
const port = Number(arg("port") ?? process.env.PORT ?? 8000)
const hostname = arg("hostname") ?? process.env.HOSTNAME ?? "0.0.0.0"
const staticDir = path.join(dir, process.env.NEXT_DIST_DIR || ".next", "static")

const CONTENT_TYPES = { ".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" }

const app = next({ dev: false, dir, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()

/** Serves the Brotli copy of a static file when there is one and the browser accepts it; false otherwise. */
async function serveBrotli(req, res) {
  const file = staticBrotliPath(staticDir, req.method, req.url, req.headers["accept-encoding"])
  if (!file) return false
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return false
  res.writeHead(200, {
    "Content-Type": CONTENT_TYPES[path.extname(file.slice(0, -3))],
    "Content-Encoding": "br",
    "Content-Length": info.size,
    // Build files have content-hashed names: they never change.
    "Cache-Control": "public, max-age=31536000, immutable",
    Vary: "Accept-Encoding",
  })
  if (req.method === "HEAD") res.end()
  else createReadStream(file).pipe(res)
  return true
}

createServer(async (req, res) => {
  try {
    if (await serveBrotli(req, res)) return
    await handle(req, res)
  } catch (error) {
    console.error(error)
    if (!res.headersSent) res.writeHead(500)
    res.end()
  }
}).listen(port, hostname, () => {
  console.log(`▲ Storefront ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`)
})
