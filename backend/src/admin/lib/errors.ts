import { FetchError } from "@medusajs/js-sdk"

export interface ServerError {
  status: number | undefined
  /** The server's message as it came, for the toast and the alert above a form. */
  message: string
  /** Parts of the message that name a form field, keyed by the field's path ("handle", "private.phone"). */
  fields: Record<string, string>
}

/**
 * Reads a failed request. Medusa's validation joins issues with "; " and names fields as
 * `field 'private, phone'`; service errors name fields in words ("handle ... already taken").
 */
export function readServerError(error: unknown, knownFields: readonly string[] = []): ServerError {
  const status = error instanceof FetchError ? error.status : undefined
  const message =
    error instanceof Error && error.message ? error.message : "Something went wrong. Nothing was saved."
  const fields: Record<string, string> = {}
  for (const part of message.replace(/^Invalid request:\s*/, "").split(/;\s*/)) {
    const field = fieldOf(part, knownFields)
    if (field && !fields[field]) fields[field] = part
  }
  return { status, message, fields }
}

function fieldOf(part: string, knownFields: readonly string[]): string | undefined {
  const quoted = part.match(/field '([^']+)'/i)
  if (quoted) return quoted[1].split(/,\s*/).join(".")
  // Longest names first so "story_en" wins over a shorter name inside it.
  const byLength = [...knownFields].sort((a, b) => b.length - a.length)
  return byLength.find((name) => {
    const leaf = name.split(".").pop() as string
    const words = [leaf, leaf.replace(/_/g, " ")]
    return words.some((word) => new RegExp(`\\b${escape(word)}\\b`, "i").test(part))
  })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

export const isNotFound = (error: unknown) => error instanceof FetchError && error.status === 404
