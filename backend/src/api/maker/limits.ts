import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { AttemptLimiter, type AttemptLimit } from "../../lib/attempt-limiter"
import { serverSecret } from "../../lib/server-secret"
import { TOO_MANY_ATTEMPTS_MESSAGE } from "../../modules/maker/access-rules"

type Scope = Pick<MedusaContainer, "resolve">

const FIFTEEN_MINUTES = 15 * 60

/** Failed logins per identifier (her phone or email, normalised), whatever the actor type in the path. */
export const LOGIN_PER_IDENTIFIER: AttemptLimit = { name: "login-identifier", max: 5, windowSeconds: FIFTEEN_MINUTES }
/** Failed logins per client IP address. */
export const LOGIN_PER_IP: AttemptLimit = { name: "login-ip", max: 30, windowSeconds: FIFTEEN_MINUTES }
/** Wrong invite codes per client IP address. */
export const INVITE_CODE_PER_IP: AttemptLimit = { name: "invite-code-ip", max: 30, windowSeconds: FIFTEEN_MINUTES }

/** A limiter over Medusa's cache module (in memory, or Redis when configured). */
export const limiter = (scope: Scope, limit: AttemptLimit) =>
  new AttemptLimiter(scope.resolve(Modules.CACHE), serverSecret(scope), limit)

/** The client's address as Express sees it (Medusa trusts one proxy hop: X-Forwarded-For from it counts). */
export const clientIp = (req: MedusaRequest) => req.ip || req.socket?.remoteAddress || "unknown"

/** The 429: a plain message for her, and Retry-After in seconds for clients. */
export function answerTooManyAttempts(res: MedusaResponse, retryAfterSeconds: number) {
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({ type: "too_many_attempts", message: TOO_MANY_ATTEMPTS_MESSAGE })
}

/** /maker/invites/accept: after 30 wrong codes from one address in 15 minutes, a 429 before anything else. */
export async function limitInviteCodeAttempts(req: MedusaRequest, res: MedusaResponse, next: () => void) {
  const wait = await limiter(req.scope, INVITE_CODE_PER_IP).retryAfter(clientIp(req))
  if (wait > 0) return answerTooManyAttempts(res, wait)
  next()
}
