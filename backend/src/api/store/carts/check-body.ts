import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Checks some keys of a body that Medusa's own validator then validates in full. Unlike
 * validateAndTransformBody it leaves `req.body` and `req.validatedBody` alone; a failed check is a 400 with
 * the schema's messages (never the value sent).
 */
export function checkBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (result.success) return next()
    const messages = [...new Set(result.error.issues.map((issue) => issue.message))]
    next(new MedusaError(MedusaError.Types.INVALID_DATA, messages.join("; ")))
  }
}
