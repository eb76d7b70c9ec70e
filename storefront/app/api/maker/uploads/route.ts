import { LIMITS } from "@/lib/maker/product-rules"
import { uploadMakerPhoto } from "@/lib/medusa/maker"
import { readMakerToken } from "@/lib/session"

const NO_STORE = { "cache-control": "no-store" }
/** The photo's limit and room for the multipart framing around it; larger bodies are refused unread. */
const MAX_BODY = LIMITS.photoBytesMax + 64 * 1024

const answer = (body: unknown, status: number) => Response.json(body, { status, headers: NO_STORE })

/**
 * POST /api/maker/uploads — one product photo from the portal (multipart, field `file`), passed on to the
 * backend's POST /maker/uploads with her token from the httpOnly cookie: the browser never sees the token,
 * and the photo streams through without being held here. Answers 201 { upload } or { code } (the backend's
 * refusal code, "unauthorized" or "error"), which the portal translates.
 * Another site cannot post here as her: the cookie is SameSite=Lax, and a cross-site fetch is refused.
 */
export async function POST(request: Request) {
  if (request.headers.get("sec-fetch-site") === "cross-site") return answer({ code: "error" }, 403)
  const token = await readMakerToken()
  if (!token) return answer({ code: "unauthorized" }, 401)
  const type = request.headers.get("content-type") ?? ""
  if (!type.toLowerCase().startsWith("multipart/form-data") || !request.body) return answer({ code: "no_file" }, 400)
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) return answer({ code: "too_large" }, 413)

  const result = await uploadMakerPhoto(token, request.body, type)
  if (result.ok) return answer({ upload: result.upload }, 201)
  return answer({ code: result.code }, result.status)
}
