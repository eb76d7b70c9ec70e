/**
 * Sends one photo from her phone to the storefront's /api/maker/uploads (which passes it to the backend with
 * her login): the browser never sees her token. XMLHttpRequest rather than fetch, for the upload's progress,
 * which matters on a slow connection. Browser only.
 */
import type { PortalUpload } from "../medusa/maker-shapes"
import { LIMITS } from "./product-rules"

export const UPLOAD_ROUTE = "/api/maker/uploads"

/** A refusal code of the backend (docs/maker-portal-api.md), or ours: unauthorized, network, error. */
export type UploadOutcome = { ok: true; upload: PortalUpload } | { ok: false; code: string }

export type Uploader = (file: File, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<UploadOutcome>

/** What is refused before a byte is sent (her data plan is precious): an empty or too large file. */
export function refuseBeforeSending(file: File): string | null {
  if (file.size === 0) return "empty"
  if (file.size > LIMITS.photoBytesMax) return "too_large"
  return null
}

export const uploadPhoto: Uploader = (file, onProgress, signal) =>
  new Promise((resolve) => {
    const refused = refuseBeforeSending(file)
    if (refused) return resolve({ ok: false, code: refused })
    const xhr = new XMLHttpRequest()
    xhr.open("POST", UPLOAD_ROUTE)
    xhr.responseType = "json"
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      const body = (xhr.response ?? null) as { upload?: PortalUpload; code?: unknown } | null
      if (xhr.status === 201 && body?.upload) return resolve({ ok: true, upload: body.upload })
      resolve({ ok: false, code: typeof body?.code === "string" ? body.code : "error" })
    }
    xhr.onerror = () => resolve({ ok: false, code: "network" })
    xhr.ontimeout = () => resolve({ ok: false, code: "network" })
    xhr.onabort = () => resolve({ ok: false, code: "aborted" })
    signal.addEventListener("abort", () => xhr.abort(), { once: true })
    const form = new FormData()
    form.append("file", file)
    xhr.send(form)
  })
