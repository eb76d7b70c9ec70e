import path from "node:path"

const STATIC_PREFIX = "/_next/static/"

/** True when an Accept-Encoding header allows Brotli (and does not refuse it with q=0). */
export function acceptsBrotli(acceptEncoding) {
  if (!acceptEncoding) return false
  return String(acceptEncoding)
    .split(",")
    .some((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(";")
      if (name !== "br") return false
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return !q || Number(q.slice(2)) > 0
    })
}

/**
 * The path of the precompressed copy of a build file for this request, or null: only GET/HEAD of
 * /_next/static/…(.js|.css) from a browser that accepts Brotli, and never outside `staticDir`.
 */
export function staticBrotliPath(staticDir, method, url, acceptEncoding) {
  if (method !== "GET" && method !== "HEAD") return null
  if (!url || !url.startsWith(STATIC_PREFIX) || !acceptsBrotli(acceptEncoding)) return null
  let pathname
  try {
    pathname = decodeURIComponent(new URL(url, "http://localhost").pathname)
  } catch {
    return null
  }
  if (!pathname.startsWith(STATIC_PREFIX) || !/\.(js|css)$/.test(pathname) || pathname.includes("\0")) return null
  const file = path.resolve(staticDir, `.${pathname.slice(STATIC_PREFIX.length - 1)}`)
  if (!file.startsWith(path.resolve(staticDir) + path.sep)) return null
  return `${file}.br`
}
