/**
 * The one place that knows the Medusa JS SDK. Server-only: it reads the publishable key from the
 * environment (not NEXT_PUBLIC_*, so it is never bundled for the browser).
 */
import Medusa from "@medusajs/js-sdk"
import { getBackendUrl, getPublishableKey } from "../config"
import { browserUserAgent } from "./browser-user-agent"

let sdk: Medusa | null = null

function getSdk(): Medusa {
  if (!sdk) {
    sdk = new Medusa({
      baseUrl: getBackendUrl(),
      publishableKey: getPublishableKey(),
      // No customer session on the server side of public pages: never store or send a token.
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
  }
  return sdk
}

export type CacheOptions = {
  /** Seconds before Next revalidates the cached response. */
  revalidate: number
  /** Tags for on-demand revalidation (revalidateTag). */
  tags: string[]
}

export type Query = Record<string, string | number | string[] | undefined>

/** GET a store route; the response is cached by Next's data cache as told by `cache`. */
export function storeGet<T>(path: `/store/${string}`, query: Query, cache: CacheOptions): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    method: "GET",
    query,
    next: { revalidate: cache.revalidate, tags: cache.tags },
  })
}

/** True for the SDK's error of a 404 answer (FetchError carries the HTTP status). */
export function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { status?: unknown }).status === 404
}

const PAGE_SIZE = 100
const MAX_ITEMS = 2000

/** GET every page of a list route (limit/offset), up to MAX_ITEMS items. */
export async function storeGetAll<K extends string, T>(
  path: `/store/${string}`,
  key: K,
  query: Query,
  cache: CacheOptions
): Promise<T[]> {
  const items: T[] = []
  for (let offset = 0; offset < MAX_ITEMS; offset += PAGE_SIZE) {
    const page = await storeGet<{ count: number } & Record<K, T[]>>(
      path,
      { ...query, limit: PAGE_SIZE, offset },
      cache
    )
    const batch = page[key] ?? []
    items.push(...batch)
    if (batch.length < PAGE_SIZE || items.length >= page.count) break
  }
  return items
}

export type SendOptions = {
  method?: "GET" | "POST" | "DELETE"
  query?: Query
  body?: Record<string, unknown>
  /** A customer's or maker's JWT (auth routes' answer), sent as a Bearer token. */
  token?: string | null
}

/**
 * A personal request (carts, customers, orders, auth, the makers' portal): never cached, optionally as a
 * logged-in customer or maker. The token is passed per call, never kept in the shared SDK instance.
 */
export async function storeSend<T>(
  path: `/store/${string}` | `/auth/${string}` | `/maker/${string}`,
  options: SendOptions = {}
): Promise<T> {
  const { method = "GET", query, body, token } = options
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (token && path.startsWith("/maker/")) {
    const agent = await browserUserAgent()
    if (agent) headers["x-maker-user-agent"] = agent
  }
  return getSdk().client.fetch<T>(path, {
    method,
    query,
    body,
    headers: token ? headers : undefined,
    cache: "no-store",
  })
}

/** The HTTP status and message of a failed SDK request (FetchError), or nulls for anything else. */
export function httpError(error: unknown): { status: number | null; message: string } {
  if (typeof error === "object" && error !== null) {
    const { status, message } = error as { status?: unknown; message?: unknown }
    return { status: typeof status === "number" ? status : null, message: typeof message === "string" ? message : "" }
  }
  return { status: null, message: "" }
}
