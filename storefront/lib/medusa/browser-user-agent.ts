import { headers } from "next/headers"

/**
 * The user agent of the browser this request came from, for the backend's list of a maker's logins ("Android ·
 * Chrome"): the storefront calls the backend itself, so the backend would otherwise see only this server.
 * Null outside a request (build, tests).
 */
export async function browserUserAgent(): Promise<string | null> {
  try {
    const agent = (await headers()).get("user-agent")
    return agent ? agent.slice(0, 512) : null
  } catch {
    return null
  }
}
