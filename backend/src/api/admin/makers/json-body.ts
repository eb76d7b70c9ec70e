import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const LIMIT_BYTES = 100 * 1024

/**
 * The JSON body parser of the admin maker routes. Express's parser answers malformed JSON with the parser's
 * message, which quotes part of the body, and logs it; these bodies carry private data, so this parser's
 * errors say what is wrong without quoting anything.
 */
export function parseJsonBodyQuietly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (req.body !== undefined && !Buffer.isBuffer(req.body)) return next()
  const chunks: Buffer[] = []
  let size = 0
  let failed = false
  const fail = (message: string) => {
    if (failed) return
    failed = true
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  }
  req.on("data", (chunk: Buffer) => {
    size += chunk.length
    if (size > LIMIT_BYTES) {
      fail(`The request body is larger than ${LIMIT_BYTES / 1024} kB`)
      req.destroy()
      return
    }
    chunks.push(chunk)
  })
  req.on("error", () => fail("The request body could not be read"))
  req.on("end", () => {
    if (failed) return
    const text = Buffer.concat(chunks).toString("utf8").trim()
    if (!text) {
      req.body = {}
      return next()
    }
    try {
      req.body = JSON.parse(text)
    } catch {
      return fail("The request body is not valid JSON")
    }
    next()
  })
}
