"use client"
/**
 * The photos step: one big "Ambil/Pilih foto" button (the phone offers its camera or gallery), then each photo
 * with its progress while it is sent, the reason when it is refused (translated by code), and "Hapus".
 * The state lives in usePhotoUploads; this only shows it.
 */
import { useState } from "react"
import { ProductPhoto } from "./ProductPhoto"
import { Icon } from "./icons"
import type { PhotoUploads, PickedPhoto } from "./usePhotoUploads"
import { LIMITS } from "@/lib/maker/product-rules"

export type PhotoStrings = {
  pick: string
  pickMore: string
  hint: string
  /** "Foto 1" … "Foto 6". */
  labels: string[]
  sending: string
  remove: string
  retry: string
  tooMany: string
  /** Refusal code → what she reads. */
  errors: Record<string, string>
}

export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp,image/heic"
/** Two photos side by side in a 32rem column. */
const THUMB_SIZES = "(min-width: 32rem) 15rem, 45vw"
/** Worth trying again: the photo itself was fine. */
const RETRYABLE = new Set(["network", "error", "invalid_form", "one_photo"])

export function PhotoPicker({
  uploads,
  strings: s,
  error,
  inputId = "maker-photos",
}: {
  uploads: PhotoUploads
  strings: PhotoStrings
  error?: string
  inputId?: string
}) {
  const { photos, add } = uploads
  const full = photos.length >= LIMITS.photosMax
  return (
    <div className="maker-photos">
      {photos.length > 0 && (
        <ol className="maker-photo-list">
          {photos.map((photo, i) => (
            <PhotoItem key={photo.key} photo={photo} label={s.labels[i] ?? String(i + 1)} uploads={uploads} strings={s} />
          ))}
        </ol>
      )}
      {!full && (
        <div className="maker-file">
          <input
            id={inputId}
            type="file"
            accept={PHOTO_ACCEPT}
            multiple
            className="maker-file-input"
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
            onChange={(event) => {
              add(event.currentTarget.files)
              // The same photo can be chosen again after it was removed.
              event.currentTarget.value = ""
            }}
          />
          <label htmlFor={inputId} className={photos.length === 0 ? "maker-button" : "maker-button maker-button-quiet"}>
            <Icon name="camera" />
            <span>{photos.length === 0 ? s.pick : s.pickMore}</span>
          </label>
        </div>
      )}
      <p id={`${inputId}-hint`} className="maker-hint">
        {s.hint}
      </p>
      {uploads.tooMany && (
        <p className="maker-error" role="alert">
          {s.tooMany}
        </p>
      )}
      {error && (
        <p id={`${inputId}-error`} className="maker-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

function PhotoItem({
  photo,
  label,
  uploads,
  strings: s,
}: {
  photo: PickedPhoto
  label: string
  uploads: PhotoUploads
  strings: PhotoStrings
}) {
  const percent = Math.round(photo.progress * 100)
  // A HEIC photo, for one, can't be shown by most browsers before it is converted.
  const [unshowable, setUnshowable] = useState(false)
  return (
    <li className={`maker-photo maker-photo-${photo.state}`}>
      <div className="maker-photo-frame">
        {photo.variants.length > 0 ? (
          <ProductPhoto variants={photo.variants} alt={label} sizes={THUMB_SIZES} eager />
        ) : photo.preview && !unshowable ? (
          <img src={photo.preview} alt={label} onError={() => setUnshowable(true)} />
        ) : (
          <Icon name="camera" className="maker-photo-placeholder" />
        )}
      </div>
      {photo.state === "sending" && (
        <div className="maker-photo-progress" role="status">
          <progress max={100} value={percent} aria-label={`${label}: ${s.sending}`} />
          <span>
            {s.sending} {percent}%
          </span>
        </div>
      )}
      {photo.state === "failed" && (
        <p className="maker-error" role="alert">
          {s.errors[photo.code ?? "error"] ?? s.errors.error}
        </p>
      )}
      <div className="maker-photo-actions">
        {photo.state === "failed" && RETRYABLE.has(photo.code ?? "") && uploads.canRetry(photo.key) && (
          <button type="button" className="maker-switch" onClick={() => uploads.retry(photo.key)}>
            <Icon name="refresh" />
            <span>{s.retry}</span>
          </button>
        )}
        <button type="button" className="maker-switch" onClick={() => uploads.remove(photo.key)}>
          <Icon name="trash" />
          <span>{s.remove}</span>
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
    </li>
  )
}
