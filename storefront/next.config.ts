import type { NextConfig } from "next"

// Images are served by the Medusa backend (file-local: /static/*). Allow exactly that host, port and path.
const backend = new URL(process.env.MEDUSA_BACKEND_URL?.trim() || "http://localhost:9000")
const protocol = backend.protocol.replace(":", "") as "http" | "https"

// Next 16 refuses to optimise images from loopback/private addresses unless told to (SSRF guard).
// The backend is usually on such an address (localhost in development, a private network in compose),
// and remotePatterns below still restricts the optimiser to that one origin and path.
const isPrivateHost =
  backend.hostname === "localhost" ||
  /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(backend.hostname) ||
  backend.hostname === "[::1]" ||
  !backend.hostname.includes(".")

// With an S3-compatible file store (S3_FILE_URL, as in docker-compose.yml) product photos are served from the
// bucket's public URL instead: allow exactly that origin and path too.
const fileStoreUrl = process.env.S3_FILE_URL?.trim()
const fileStore = fileStoreUrl ? new URL(fileStoreUrl) : null

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: {
    formats: ["image/avif", "image/webp"],
    // Photos are at most 1200px wide and shown in a few slots (grid card, main photo, thumbnail):
    // fewer candidate widths keep every srcset (and the HTML) short. See CARD_IMAGE_SIZES / MAIN_SIZES.
    deviceSizes: [640, 750, 828, 1080, 1200],
    imageSizes: [128, 256, 384],
    remotePatterns: [
      {
        protocol,
        hostname: backend.hostname,
        port: backend.port,
        pathname: "/static/**",
      },
      ...(fileStore
        ? [
            {
              protocol: fileStore.protocol.replace(":", "") as "http" | "https",
              hostname: fileStore.hostname,
              port: fileStore.port,
              pathname: `${fileStore.pathname.replace(/\/+$/, "")}/**`,
            },
          ]
        : []),
    ],
    dangerouslyAllowLocalIP: isPrivateHost,
    // Product photos change rarely and get new file names when they do.
    minimumCacheTTL: 86400,
  },
  experimental: {
    // Our stylesheet is a few KB: inline it and save a render-blocking request.
    inlineCss: true,
    // Tree-shake the unused exports of CommonJS modules in the browser bundles (Next's compiled React and
    // helpers are CommonJS): 656 B less gzipped JS on every page, measured with scripts/bench/js-size.mjs.
    turbopackCjsTreeShaking: true,
  },
}

export default nextConfig
