/**
 * What a production backend refuses to start with (medusa-config.ts). Each problem names the setting and says
 * what to do; all are reported at once. The demo admin login is checked against the database at start
 * (src/modules/deployment-checks).
 */

/** The development fallbacks of medusa-config.ts: known to everyone who read this repository. */
export const DEMO_SECRETS = { JWT_SECRET: "dev-only-jwt-secret", COOKIE_SECRET: "dev-only-cookie-secret" } as const

const MIN_SECRET_LENGTH = 32
const CORS_SETTINGS = ["STORE_CORS", "ADMIN_CORS", "AUTH_CORS"] as const
const BANK_SETTINGS = ["BANK_TRANSFER_BANK_NAME", "BANK_TRANSFER_ACCOUNT_NAME", "BANK_TRANSFER_ACCOUNT_NUMBER"] as const

type Env = Record<string, string | undefined>

const blank = (value: string | undefined) => !value || !value.trim()

/** A CORS list entry that lets any site call the API: `*`, or a host pattern with `*` (Medusa has no globs). */
function isWildcardOrigin(entry: string): boolean {
  const origin = entry.trim()
  if (origin.startsWith("/") && origin.lastIndexOf("/") > 0) return /^\/\.\*\/[a-z]*$/.test(origin) // a regex: only /.*/
  return origin.includes("*")
}

/** https, or plain http on this machine only (trying the production stack locally). */
function isHttpsOrLocal(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === "https:" || (url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname))
  } catch {
    return false
  }
}

export function productionProblems(env: Env): string[] {
  const problems: string[] = []
  for (const name of Object.keys(DEMO_SECRETS) as (keyof typeof DEMO_SECRETS)[]) {
    const value = env[name]
    if (blank(value)) problems.push(`${name} is not set: generate one with \`openssl rand -hex 32\`.`)
    else if (value === DEMO_SECRETS[name]) problems.push(`${name} is the development default: generate one with \`openssl rand -hex 32\`.`)
    else if (value!.length < MIN_SECRET_LENGTH)
      problems.push(`${name} is too short (${value!.length} characters, at least ${MIN_SECRET_LENGTH}): generate one with \`openssl rand -hex 32\`.`)
  }
  if (!blank(env.JWT_SECRET) && env.JWT_SECRET === env.COOKIE_SECRET) problems.push("JWT_SECRET and COOKIE_SECRET are the same: give each its own value.")
  for (const name of CORS_SETTINGS) {
    const wildcard = (env[name] ?? "").split(",").find(isWildcardOrigin)
    if (wildcard !== undefined) problems.push(`${name} allows any origin (${wildcard.trim()}): list the exact origins, e.g. https://shop.example.org.`)
  }
  for (const name of ["STOREFRONT_URL", "MEDUSA_BACKEND_URL"] as const) {
    if (blank(env[name])) problems.push(`${name} is not set: links, CORS and cookies would point at localhost.`)
    else if (!isHttpsOrLocal(env[name]!))
      problems.push(`${name} (${env[name]}) is not https: production cookies are Secure, so browsers only send them over https.`)
  }
  const missingBank = BANK_SETTINGS.filter((name) => blank(env[name]))
  if (missingBank.length) problems.push(`${missingBank.join(", ")} not set: buyers paying by bank transfer would be shown the demo account.`)
  if (!blank(env.STRIPE_API_BASE)) problems.push("STRIPE_API_BASE is set: it points card payments at a test stand-in; remove it.")
  return problems
}

/** Throws one error listing every problem when NODE_ENV is production; returns quietly otherwise. */
export function assertProductionSettings(env: Env): void {
  if (env.NODE_ENV !== "production") return
  const problems = productionProblems(env)
  if (problems.length) {
    throw new Error(`Refusing to start in production:\n${problems.map((p) => `  - ${p}`).join("\n")}`)
  }
}

/** Medusa CLI commands that do not serve requests: `build`, `db:*`, `exec`, `user`, `plugin:*`. */
export function isMaintenanceCommand(command: string | undefined): boolean {
  return /^(build|db:|exec$|user$|plugin:)/.test(command ?? "")
}
