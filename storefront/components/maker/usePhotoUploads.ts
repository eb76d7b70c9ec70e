"use client"
/**
 * The photos of a product while she picks them: each is sent as soon as it is chosen (several at once), with
 * its progress; a refused one keeps its reason (a code, translated by the picker) until she removes it or
 * tries again. At most LIMITS.photosMax photos. Photos already saved come in as "done".
 */
import { useCallback, useEffect, useRef, useState } from "react"
import type { PhotoVariant } from "@/lib/medusa/maker-shapes"
import { LIMITS } from "@/lib/maker/product-rules"
import { uploadPhoto, type Uploader } from "@/lib/maker/upload-photo"

export type PickedPhoto = {
  key: string
  state: "sending" | "done" | "failed"
  /** 0..1 while sending. */
  progress: number
  /** The upload's id once sent (what the product names). */
  uploadId?: string
  variants: PhotoVariant[]
  /** A local preview while sending (an object URL), when the browser can show the file. */
  preview?: string
  /** Why it was refused: a backend refusal code, "network" or "error". */
  code?: string
}

let counter = 0
const nextKey = () => `photo-${++counter}`

export function usePhotoUploads(initial: PickedPhoto[] = [], upload: Uploader = uploadPhoto) {
  const [photos, setPhotos] = useState<PickedPhoto[]>(initial)
  const [tooMany, setTooMany] = useState(false)
  const files = useRef(new Map<string, File>())
  const aborts = useRef(new Map<string, AbortController>())

  const update = useCallback((key: string, change: Partial<PickedPhoto>) => {
    setPhotos((all) => all.map((photo) => (photo.key === key ? { ...photo, ...change } : photo)))
  }, [])

  const send = useCallback(
    async (key: string, file: File) => {
      const abort = new AbortController()
      aborts.current.set(key, abort)
      const outcome = await upload(file, (progress) => update(key, { progress }), abort.signal)
      aborts.current.delete(key)
      if (outcome.ok) {
        files.current.delete(key)
        update(key, { state: "done", progress: 1, uploadId: outcome.upload.id, variants: outcome.upload.variants })
      } else if (outcome.code !== "aborted") {
        update(key, { state: "failed", code: outcome.code })
      }
    },
    [upload, update]
  )

  /** Adds the chosen files (as many as still fit) and sends each at once. */
  const add = useCallback(
    (chosen: FileList | File[] | null) => {
      const list = [...(chosen ?? [])]
      if (list.length === 0) return
      const room = Math.max(0, LIMITS.photosMax - photos.length)
      setTooMany(list.length > room)
      const added = list.slice(0, room).map((file) => {
        const key = nextKey()
        files.current.set(key, file)
        const preview = typeof URL.createObjectURL === "function" ? URL.createObjectURL(file) : undefined
        return { key, file, photo: { key, state: "sending", progress: 0, variants: [], preview } as PickedPhoto }
      })
      setPhotos((all) => [...all, ...added.map((a) => a.photo)])
      for (const { key, file } of added) void send(key, file)
    },
    [photos.length, send]
  )

  const remove = useCallback((key: string) => {
    aborts.current.get(key)?.abort()
    files.current.delete(key)
    setTooMany(false)
    setPhotos((all) => {
      const gone = all.find((photo) => photo.key === key)
      if (gone?.preview) URL.revokeObjectURL(gone.preview)
      return all.filter((photo) => photo.key !== key)
    })
  }, [])

  const retry = useCallback(
    (key: string) => {
      const file = files.current.get(key)
      if (!file) return
      update(key, { state: "sending", progress: 0, code: undefined })
      void send(key, file)
    },
    [send, update]
  )

  // Leaving the page stops what is still sending.
  useEffect(() => {
    const pending = aborts.current
    return () => pending.forEach((abort) => abort.abort())
  }, [])

  /** Puts back photos sent before (a draft), in front of any chosen since. */
  const restore = useCallback((restored: PickedPhoto[]) => {
    const keyed = restored.map((photo) => ({ ...photo, key: `restored-${photo.uploadId ?? nextKey()}` }))
    setPhotos((all) => [...keyed, ...all].slice(0, LIMITS.photosMax))
  }, [])

  const uploadIds = photos.filter((p) => p.state === "done" && p.uploadId).map((p) => p.uploadId as string)
  const sending = photos.some((p) => p.state === "sending")
  return { photos, add, remove, retry, restore, uploadIds, sending, tooMany, canRetry: (key: string) => files.current.has(key) }
}

export type PhotoUploads = ReturnType<typeof usePhotoUploads>
