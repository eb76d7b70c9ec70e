"use client"
/**
 * Ubah foto: the product's photos as they are, to remove or add to (1–6), each new one sent at once as in
 * the wizard; "Simpan" posts the photos' upload ids to the saveProductPhotos server action.
 */
import { saveProductPhotos } from "@/lib/maker/product-actions"
import { photosProblem } from "@/lib/maker/product-rules"
import type { Uploader } from "@/lib/maker/upload-photo"
import { Icon } from "./icons"
import { PhotoPicker, type PhotoStrings } from "./PhotoPicker"
import { usePhotoUploads, type PickedPhoto } from "./usePhotoUploads"

export type EditPhotosProps = {
  locale: string
  productId: string
  initial: PickedPhoto[]
  cancelHref: string
  error?: string | null
  strings: { photos: PhotoStrings; save: string; cancel: string; waiting: string; photosRequired: string }
  upload?: Uploader
}

export function EditPhotosForm({ locale, productId, initial, cancelHref, error, strings: s, upload }: EditPhotosProps) {
  const uploads = usePhotoUploads(initial, upload)
  const empty = photosProblem(uploads.photos.filter((p) => p.state !== "failed").map((p) => p.key)) !== null
  return (
    <form action={saveProductPhotos} className="maker-form" aria-labelledby="edit-title">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={productId} />
      {uploads.uploadIds.map((id) => (
        <input key={id} type="hidden" name="upload_ids" value={id} />
      ))}
      {/* Once she has removed every photo: a product needs one. */}
      <PhotoPicker uploads={uploads} strings={s.photos} error={error ?? (empty && initial.length > 0 ? s.photosRequired : undefined)} />
      {uploads.sending && (
        <p className="maker-notice" role="status">
          {s.waiting}
        </p>
      )}
      <div className="maker-step-buttons">
        <button type="submit" className="maker-button" disabled={uploads.sending || empty}>
          <Icon name="check" />
          <span>{s.save}</span>
        </button>
        <a href={cancelHref} className="maker-button maker-button-quiet">
          <Icon name="back" />
          <span>{s.cancel}</span>
        </a>
      </div>
    </form>
  )
}
