import http from "node:http"
import type { AddressInfo } from "node:net"

export type RevalidationCall = { secret: string | undefined; body: any; tags: string[]; at: number }

/** A stand-in for the storefront's POST /api/revalidate that records every call it gets. */
export function startStorefrontStandIn() {
  const calls: RevalidationCall[] = []
  const server = http.createServer((req, res) => {
    let text = ""
    req.on("data", (chunk) => (text += chunk))
    req.on("end", () => {
      const body = JSON.parse(text || "{}")
      calls.push({ secret: req.headers["x-revalidate-secret"] as string, body, tags: body.tags ?? [], at: Date.now() })
      res.writeHead(200, { "content-type": "application/json" }).end('{"revalidated":[]}')
    })
  })
  return new Promise<{ url: string; calls: RevalidationCall[]; close: () => void }>((resolve) =>
    server.listen(0, "localhost", () =>
      resolve({ url: `http://localhost:${(server.address() as AddressInfo).port}`, calls, close: () => server.close() })
    )
  )
}
