import { randomBytes } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { isMediaError, processUpload, type ProcessedImage } from "@rumah-karya/media"
import { createSemaphore } from "../../../lib/semaphore"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import { refuseUpload, UPLOAD_FORM_ERRORS, type ReceivedPhoto } from "./receive-photo"

/** A 12-megapixel photo takes about 100 MB while it is processed: at most two at once in this process. */
const processing = createSemaphore(2)

export type StoredVariant = { width: number; height: number; url: string; file_id: string }

/**
 * One product photo from her phone (multipart/form-data, field `file`; see docs/maker-portal-api.md). Only the
 * pipeline's cleaned WebP variants are stored, under random names: never her original bytes, nor its name.
 * authenticateMaker, rejectRevokedMakerAccess and receivePhoto run first.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const photo = (req as unknown as { file?: ReceivedPhoto }).file
  if (!photo) return refuseUpload(res, "no_file", UPLOAD_FORM_ERRORS.no_file)

  let image: ProcessedImage
  try {
    image = await processing.run(() => processUpload(photo.buffer))
  } catch (error) {
    if (isMediaError(error)) return refuseUpload(res, error.code, error.message)
    throw error
  }

  const name = randomBytes(16).toString("hex")
  const files = req.scope.resolve(Modules.FILE)
  const stored = await files.createFiles(
    image.variants.map((variant) => ({
      filename: `maker-uploads/${name}-${variant.width}.webp`,
      mimeType: "image/webp",
      content: variant.bytes.toString("base64"),
      access: "public" as const,
    }))
  )
  const variants: StoredVariant[] = image.variants.map((variant, i) => ({
    width: variant.width,
    height: variant.height,
    url: stored[i]!.url,
    file_id: stored[i]!.id,
  }))

  let upload: { id: string }
  try {
    upload = await req.scope.resolve<MakerModuleService>(MAKER_MODULE).createMakerUploads({
      maker_id: req.auth_context.actor_id,
      // A JSON array; Medusa types json columns as objects.
      variants: variants as unknown as Record<string, unknown>,
      width: image.width,
      height: image.height,
      placeholder: image.placeholder,
    })
  } catch (error) {
    await files.deleteFiles(stored.map((file) => file.id)).catch(() => undefined)
    throw error
  }

  res.status(201).json({
    upload: {
      id: upload.id,
      width: image.width,
      height: image.height,
      placeholder: image.placeholder,
      variants: variants.map(({ width, height, url }) => ({ width, height, url })),
    },
  })
}
