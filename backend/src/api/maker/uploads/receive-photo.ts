import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEDIA_LIMITS } from "@rumah-karya/media"
import multer from "multer"

/** The one photo of a POST /maker/uploads request, in memory: its name and client-given type are never used. */
export type ReceivedPhoto = { buffer: Buffer; size: number }

export const PHOTO_FIELD = "file"

/** The refusals of the request itself; the photo's own are the pipeline's MediaError codes. */
export const UPLOAD_FORM_ERRORS = {
  no_file: "Choose a photo to upload.",
  one_photo: `Send one photo at a time, in the field "${PHOTO_FIELD}".`,
  invalid_form: "The upload was incomplete. Please try again.",
} as const

/** The pipeline's own message for a photo over its limit (MediaError "too_large"), in the same words. */
export const TOO_LARGE_MESSAGE = `The photo is larger than ${MEDIA_LIMITS.maxBytes / (1024 * 1024)} MB.`

type MulterLike = { name?: string; code?: string }

// In memory, as Medusa's own POST /admin/uploads does: the bytes go to the pipeline, never to disk. One byte
// over the pipeline's limit is accepted here, so that the pipeline gives its own "too_large" refusal; larger
// files are cut off by multer while they arrive.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MEDIA_LIMITS.maxBytes + 1, files: 1 },
}).single(PHOTO_FIELD)

export const refuseUpload = (res: MedusaResponse, code: string, message: string) =>
  res.status(400).json({ type: "invalid_data", code, message })

/**
 * Parses the multipart/form-data body of POST /maker/uploads (after her login was checked) into req.file.
 * Multer's errors become 400s with a code; none quotes the request (field or file names).
 */
export function receivePhoto(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (error?: unknown) => {
    if (!error) return next()
    const code = (error as MulterLike).name === "MulterError" ? (error as MulterLike).code : undefined
    if (code === "LIMIT_FILE_SIZE") return refuseUpload(res, "too_large", TOO_LARGE_MESSAGE)
    if (code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE") {
      return refuseUpload(res, "one_photo", UPLOAD_FORM_ERRORS.one_photo)
    }
    // Any other multer limit, or a body busboy could not parse (cut off, malformed, no boundary).
    return refuseUpload(res, "invalid_form", UPLOAD_FORM_ERRORS.invalid_form)
  })
}
