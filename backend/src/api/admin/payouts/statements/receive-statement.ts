import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"

/** The statement file of a POST /admin/payouts/statements request, in memory. */
export type ReceivedStatement = { buffer: Buffer; size: number; originalname: string }

export const STATEMENT_FIELD = "file"
export const STATEMENT_MAX_BYTES = 5 * 1024 * 1024

export const STATEMENT_FORM_ERRORS = {
  no_file: `Choose a CSV file to upload, in the field "${STATEMENT_FIELD}".`,
  too_large: `The file is larger than ${STATEMENT_MAX_BYTES / (1024 * 1024)} MB. Export a shorter period and try again.`,
  one_file: `Send one file at a time, in the field "${STATEMENT_FIELD}".`,
  invalid_form: "The upload was incomplete. Please try again.",
} as const

// In memory: a statement is small, and its bytes go to the parser, never to disk.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: STATEMENT_MAX_BYTES, files: 1, fields: 10, fieldSize: 1024 },
}).single(STATEMENT_FIELD)

export const refuseStatement = (res: MedusaResponse, code: keyof typeof STATEMENT_FORM_ERRORS) =>
  res.status(400).json({ type: "invalid_data", code, message: STATEMENT_FORM_ERRORS[code] })

/**
 * Parses the multipart/form-data body (file, kind, currency) into req.file and req.body. Multer's errors
 * become 400s with a code; none quotes the request.
 */
export function receiveStatement(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req as any, res as any, (error?: unknown) => {
    if (!error) {
      if (!(req as unknown as { file?: unknown }).file) return refuseStatement(res, "no_file")
      req.body ??= {}
      return next()
    }
    const code = (error as { name?: string; code?: string }).name === "MulterError" ? (error as { code?: string }).code : undefined
    if (code === "LIMIT_FILE_SIZE") return refuseStatement(res, "too_large")
    if (code === "LIMIT_FILE_COUNT" || code === "LIMIT_UNEXPECTED_FILE") return refuseStatement(res, "one_file")
    return refuseStatement(res, "invalid_form")
  })
}
