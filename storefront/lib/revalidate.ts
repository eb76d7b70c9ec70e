/**
 * The storefront's side of the revalidation contract (docs/makers-api.md, "Cache revalidation"):
 * the backend POSTs `{ "tags": [...] }` with header `x-revalidate-secret` whenever a maker's public face
 * changes. Pure checks here (unit-tested); app/api/revalidate/route.ts applies them.
 */
import { createHash, timingSafeEqual } from "node:crypto"

export const SECRET_HEADER = "x-revalidate-secret"

/** Bodies are a few tags; anything much larger is not from our backend. */
export const MAX_BODY_BYTES = 16 * 1024
export const MAX_TAGS = 100
/** Next.js ignores tags longer than 256 characters. */
export const MAX_TAG_LENGTH = 256

export type SecretCheck = "ok" | "unconfigured" | "denied"

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest()

/**
 * Compares the header with REVALIDATE_SECRET in constant time: both are hashed first, so neither the
 * content nor the length of the secret leaks through timing. An unset (or blank) secret turns the
 * endpoint off ("unconfigured"), rather than accepting an empty header.
 */
export function checkSecret(provided: string | null | undefined, expected: string | null | undefined): SecretCheck {
  const secret = expected?.trim()
  if (!secret) return "unconfigured"
  const given = provided ?? ""
  const equal = timingSafeEqual(digest(given), digest(secret))
  return equal && given.length > 0 ? "ok" : "denied"
}

// Printable, no whitespace and no comma (Next joins tags with commas in its cache headers).
const TAG_PATTERN = /^[^\s,\p{Cc}]+$/u

export type ParsedBody = { ok: true; tags: string[] } | { ok: false; message: string }

/** Validates `{ "tags": string[] }`: 1–100 tags, each 1–256 printable characters; duplicates removed. */
export function parseRevalidateBody(body: string): ParsedBody {
  if (Buffer.byteLength(body, "utf8") > MAX_BODY_BYTES) {
    return { ok: false, message: `The body is larger than ${MAX_BODY_BYTES} bytes.` }
  }
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return { ok: false, message: 'The body must be JSON: { "tags": ["makers", "maker:<handle>", "products"] }.' }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: 'The body must be an object with a "tags" array.' }
  }
  const tags = (value as { tags?: unknown }).tags
  if (!Array.isArray(tags) || tags.length === 0) {
    return { ok: false, message: '"tags" must be a non-empty array of strings.' }
  }
  if (tags.length > MAX_TAGS) {
    return { ok: false, message: `"tags" may hold at most ${MAX_TAGS} tags.` }
  }
  for (const [i, tag] of tags.entries()) {
    if (typeof tag !== "string") return { ok: false, message: `tags[${i}] must be a string.` }
    if (tag.length === 0 || tag.length > MAX_TAG_LENGTH) {
      return { ok: false, message: `tags[${i}] must be 1–${MAX_TAG_LENGTH} characters long.` }
    }
    if (!TAG_PATTERN.test(tag)) {
      return { ok: false, message: `tags[${i}] may not contain spaces, commas or control characters.` }
    }
  }
  return { ok: true, tags: [...new Set(tags as string[])] }
}

export type RevalidateDecision =
  | { status: 200; tags: string[] }
  | { status: 400 | 401 | 503; message: string }

/**
 * What to answer a revalidation request, in the contract's order: 503 when this storefront has no secret
 * configured, 401 without the right secret (the body is not even read), 400 for a malformed body.
 */
export async function decideRevalidation(
  secretHeader: string | null,
  expectedSecret: string | undefined,
  readBody: () => Promise<string>,
  contentLength?: string | null
): Promise<RevalidateDecision> {
  const secret = checkSecret(secretHeader, expectedSecret)
  if (secret === "unconfigured") {
    return { status: 503, message: "Revalidation is not configured on this storefront (REVALIDATE_SECRET is unset)." }
  }
  if (secret === "denied") return { status: 401, message: "Wrong or missing x-revalidate-secret." }
  if (contentLength && Number(contentLength) > MAX_BODY_BYTES) {
    return { status: 400, message: `The body is larger than ${MAX_BODY_BYTES} bytes.` }
  }
  let body: string
  try {
    body = await readBody()
  } catch {
    return { status: 400, message: "The body could not be read." }
  }
  const parsed = parseRevalidateBody(body)
  return parsed.ok ? { status: 200, tags: parsed.tags } : { status: 400, message: parsed.message }
}
