// @rumah-karya/media: the image pipeline every maker upload goes through. Framework-free (sharp only), so the
// backend, scripts and tests call the same code. See processUpload for the checks and what is kept.
export { detectImageType, type ImageType } from "./detect.js";
export { MediaError, isMediaError, type MediaErrorCode } from "./errors.js";
export {
  MEDIA_LIMITS,
  heicSupported,
  processUpload,
  variantWidths,
  type ImageVariant,
  type MediaLimits,
  type ProcessedImage,
} from "./pipeline.js";
