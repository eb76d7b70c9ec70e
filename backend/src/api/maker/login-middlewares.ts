import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MAKER_ACTOR, MAKER_AUTH_PROVIDER, normaliseIdentifier } from "../../modules/maker/access-rules"
import { answerTooManyAttempts, clientIp, limiter, LOGIN_PER_IDENTIFIER, LOGIN_PER_IP } from "./limits"

// Middlewares on Medusa's own auth routes (/auth/:actor_type/:auth_provider…), for makers' logins. They match
// the parametrised paths, as Medusa's handlers do, so that no spelling of the path slips past them.

const bodyOf = (req: MedusaRequest) =>
  req.body && typeof req.body === "object" && !Buffer.isBuffer(req.body) ? (req.body as Record<string, unknown>) : undefined

/** The identifier a login attempt is counted under: her identifier normalised, else trimmed and lowercased. */
const loginSubject = (email: unknown) =>
  typeof email === "string" ? normaliseIdentifier(email)?.value ?? email.trim().toLowerCase() : null

/**
 * POST /auth/maker/emailpass: her identifier however she writes it ("0812-3456-7890", "+62 812…",
 * " Siti@Example.com") becomes the stored form before Medusa's emailpass provider looks it up.
 */
export function normaliseMakerLogin(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = bodyOf(req)
  if (req.params.actor_type === MAKER_ACTOR && req.params.auth_provider === MAKER_AUTH_PROVIDER && body) {
    const subject = loginSubject(body.email)
    if (subject !== null) body.email = subject
  }
  next()
}

/**
 * Failed emailpass logins, for every actor type (a maker's identifier and password work at /auth/customer/…
 * too, and would answer there): 5 per identifier and 30 per IP address in 15 minutes, then a 429 without
 * looking at the password. An attempt is counted when it starts (so parallel guesses count too) and given back
 * unless it ends in a 401; a successful login clears her identifier's counter.
 */
export async function limitFailedLogins(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.params.auth_provider !== MAKER_AUTH_PROVIDER) return next()
  const byIdentifier = limiter(req.scope, LOGIN_PER_IDENTIFIER)
  const byIp = limiter(req.scope, LOGIN_PER_IP)
  const identifier = loginSubject(bodyOf(req)?.email)
  const ip = clientIp(req)

  const wait = Math.max(await byIp.retryAfter(ip), identifier ? await byIdentifier.retryAfter(identifier) : 0)
  if (wait > 0) return answerTooManyAttempts(res, wait)
  await byIp.hit(ip)
  if (identifier) await byIdentifier.hit(identifier)

  res.once("finish", () => {
    const settle = async () => {
      if (res.statusCode === 401) return
      await byIp.refund(ip)
      if (!identifier) return
      if (res.statusCode < 300) await byIdentifier.clear(identifier)
      else await byIdentifier.refund(identifier)
    }
    settle().catch(() => {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn("Could not update the failed-login counters")
    })
  })
  next()
}

/**
 * Registration, password reset and password update by makers themselves: not offered. Her login is made from
 * an invite, and a forgotten PIN is replaced by staff (reset access), who can check it is really her.
 */
export function refuseMakerSelfService(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (String(req.params.actor_type).toLowerCase() === MAKER_ACTOR) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Portal logins are made with an invite from the staff. Ask them for help.")
  }
  next()
}

/**
 * Registration of other actors (customers, staff invites) with a phone number as "email": refused. It would
 * tell whether a number has a login here (Medusa answers "already exists"), and could take a maker's number
 * before she accepts her invite.
 */
export function refusePhoneRegistration(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const email = bodyOf(req)?.email
  if (req.params.auth_provider === MAKER_AUTH_PROVIDER && typeof email === "string" && !email.includes("@")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Register with an email address.")
  }
  next()
}
