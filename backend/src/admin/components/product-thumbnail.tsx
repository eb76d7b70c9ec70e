import { Photo } from "@medusajs/icons"
import { useState } from "react"

/** A product's thumbnail in Medusa's list size, or a placeholder when there is none or it fails to load. */
export const ProductThumbnail = ({ src }: { src: string | null | undefined }) => {
  const [failed, setFailed] = useState(false)
  return (
    <div className="flex h-8 w-6 shrink-0 items-center justify-center overflow-hidden rounded-[4px] bg-ui-bg-component">
      {src && !failed ? (
        <img src={src} alt="" className="h-full w-full object-cover" onError={() => setFailed(true)} />
      ) : (
        <Photo className="text-ui-fg-subtle" />
      )}
    </div>
  )
}
