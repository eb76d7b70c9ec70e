import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { MAKER_ACTOR, SESSION_ENDED_MESSAGE } from "../../modules/maker/access-rules"
import { deviceOf, sessionKeyHash } from "../../modules/maker/session-rules"

/** /maker routes anyone may call (she has no login yet). Every other /maker route needs her login. */
const PUBLIC_PATHS = [/^\/maker\/invites\/accept\/?$/i]
const isPublic = (req: MedusaRequest) => PUBLIC_PATHS.some((path) => path.test(req.path))

const authenticateMakerActor = authenticate(MAKER_ACTOR, ["bearer", "session"])

/** Medusa's authenticate for actor type maker (bearer token or session), on every non-public /maker route. */
export function authenticateMaker(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isPublic(req)) return next()
  return authenticateMakerActor(req, res, next)
}

/**
 * JWTs are stateless, so a token stays valid until it expires. After authenticate, this refuses (401) a token
 * or session whose maker is gone, that was issued before her access was revoked (maker.access_revoked_at,
 * compared with the token's iat, in whole seconds), or whose auth identity no longer carries her maker id (her
 * login was removed or replaced: this also covers tokens issued in the same second as the revocation).
 */
export async function rejectRevokedMakerAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (isPublic(req)) return next()
  return checkMakerAccess(req, res, next)
}

/**
 * The same check on Medusa's routes that turn a token into another (POST /auth/token/refresh, POST
 * /auth/session), for maker tokens: a revoked token must not buy a fresh one.
 */
export async function rejectRevokedMakerTokens(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const context = (req as AuthenticatedMedusaRequest).auth_context
  if (context?.actor_type !== MAKER_ACTOR) return next()
  return checkMakerAccess(req, res, next)
}

async function checkMakerAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const context = (req as AuthenticatedMedusaRequest).auth_context as
    | (AuthenticatedMedusaRequest["auth_context"] & { iat?: unknown })
    | undefined
  const refuse = () => {
    if (req.session?.auth_context) delete req.session.auth_context
    res.status(401).json({ type: "unauthorized", message: SESSION_ENDED_MESSAGE })
  }
  if (context?.actor_type !== MAKER_ACTOR || !context.actor_id || !context.auth_identity_id || typeof context.iat !== "number") {
    return refuse()
  }

  const [[maker], [identity]] = await Promise.all([
    req.scope
      .resolve<MakerModuleService>(MAKER_MODULE)
      .listMakers({ id: context.actor_id }, { select: ["id", "is_collective", "access_revoked_at"], take: 1 }),
    req.scope.resolve(Modules.AUTH).listAuthIdentities({ id: [context.auth_identity_id] }, { select: ["id", "app_metadata"], take: 1 }),
  ])
  if (!maker || maker.is_collective) return refuse()
  const revokedAt = maker.access_revoked_at ? new Date(maker.access_revoked_at as Date | string).getTime() : null
  if (revokedAt !== null && context.iat < Math.floor(revokedAt / 1000)) return refuse()
  if (identity?.app_metadata?.[`${MAKER_ACTOR}_id`] !== context.actor_id) return refuse()

  const session = await recordSessionUse(req, context.actor_id, context.iat, (context as { exp?: unknown }).exp)
  if (session?.ended) return refuse()
  if (session) currentSessions.set(req, session.id)
  next()
}

/** The maker_session row of each request that passed checkMakerAccess. */
const currentSessions = new WeakMap<MedusaRequest, string>()

/** The id of the login this request was made with (for "this phone" in her list of logins). */
export const currentMakerSessionId = (req: MedusaRequest): string | null => currentSessions.get(req) ?? null

const bearerOf = (req: MedusaRequest): string | null => {
  const header = req.headers.authorization
  return typeof header === "string" && /^bearer\s+/i.test(header) ? header.replace(/^bearer\s+/i, "").trim() || null : null
}

/**
 * Her login as a maker_session (src/modules/maker/models/maker-session.ts). The storefront calls on her behalf,
 * so it passes her browser's user agent in x-maker-user-agent; only the system and browser names are kept.
 */
async function recordSessionUse(req: MedusaRequest, makerId: string, iat: number, exp: unknown) {
  const keyHash = sessionKeyHash({ bearer: bearerOf(req), sessionId: req.session?.auth_context ? (req as unknown as { sessionID?: string }).sessionID : null })
  if (!keyHash) return null
  const forwarded = req.headers["x-maker-user-agent"]
  const userAgent = typeof forwarded === "string" && forwarded ? forwarded : req.headers["user-agent"]
  return req.scope.resolve<MakerModuleService>(MAKER_MODULE).recordSessionUse({
    maker_id: makerId,
    key_hash: keyHash,
    device: deviceOf(userAgent),
    started_at: new Date(iat * 1000),
    expires_at: typeof exp === "number" ? new Date(exp * 1000) : null,
  })
}
