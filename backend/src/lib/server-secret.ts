import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import crypto from "node:crypto"

type Scope = Pick<MedusaContainer, "resolve">

/**
 * The server's secret for keyed hashes (invite codes, attempt counters): the JWT secret, which production
 * must set (medusa-config.ts). Changing it invalidates open invites and resets the counters, as it already
 * logs everyone out.
 */
export function serverSecret(scope: Scope): string {
  const { http } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const secret = http.jwtSecret || http.cookieSecret
  if (typeof secret === "string" && secret) return secret
  if (Buffer.isBuffer(secret) && secret.length) return secret.toString("base64")
  throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The server needs a JWT secret (projectConfig.http.jwtSecret)")
}

/** An HMAC-SHA256 of `value` for one purpose: the same value gives unrelated hashes for different purposes. */
export const keyedHash = (secret: string, purpose: string, value: string) =>
  crypto.createHmac("sha256", secret).update(`${purpose}:${value}`).digest("hex")
