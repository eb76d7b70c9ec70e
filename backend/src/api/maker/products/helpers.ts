import type { MedusaContainer } from "@medusajs/framework/types"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import { makerStatusOf, reviewNoteOf, type MakerProductStatus } from "../../../modules/maker/product-rules"
import type { MakerProductRecord } from "../../../workflows/utils/maker-products"

type Scope = Pick<MedusaContainer, "resolve">

export interface MakerProductImageView {
  id: string
  url: string
  /** Her upload behind this photo: name it in `upload_ids` to keep the photo when editing. Null for others. */
  upload_id: string | null
  width: number | null
  height: number | null
  variants: { width: number; height: number; url: string }[]
}

/** What she sees of one of her products (the contract's MakerProduct). No maker data at all: it is hers. */
export interface MakerProduct {
  id: string
  handle: string
  title: string
  description: string | null
  category: string | null
  status: MakerProductStatus
  review_note: string | null
  price_idr: number
  stock: number
  made_to_order: boolean
  lead_time_days: number | null
  images: MakerProductImageView[]
  thumbnail: string | null
  updated_at: string
  created_at: string
}

type UploadRow = { id: string; width: number; height: number; variants: { width: number; height: number; url: string }[] }

/** Her uploads behind the products' images (only hers: another maker's id on an image is ignored). */
async function uploadsOf(scope: Scope, makerId: string, records: MakerProductRecord[]): Promise<Map<string, UploadRow>> {
  const ids = [...new Set(records.flatMap((r) => r.images.map((i) => i.upload_id)).filter((id): id is string => !!id))]
  if (!ids.length) return new Map()
  const rows = (await scope
    .resolve<MakerModuleService>(MAKER_MODULE)
    .listMakerUploads({ id: ids, maker_id: makerId }, { select: ["id", "width", "height", "variants"] })) as unknown as UploadRow[]
  return new Map(rows.map((row) => [row.id, row]))
}

export function toMakerProduct(record: MakerProductRecord, uploads: Map<string, UploadRow>): MakerProduct {
  return {
    id: record.id,
    handle: record.handle,
    title: record.title,
    description: record.description,
    category: record.category?.handle ?? null,
    status: makerStatusOf(record),
    review_note: reviewNoteOf(record.status, record.latest_review),
    price_idr: record.variant?.price_idr ?? 0,
    stock: record.stock,
    made_to_order: record.made_to_order,
    lead_time_days: record.lead_time_days,
    images: record.images.map((image) => {
      const upload = image.upload_id ? uploads.get(image.upload_id) : undefined
      return {
        id: image.id,
        url: image.url,
        upload_id: upload?.id ?? null,
        width: upload?.width ?? null,
        height: upload?.height ?? null,
        variants: (upload?.variants ?? []).map(({ width, height, url }) => ({ width, height, url })),
      }
    }),
    thumbnail: record.thumbnail,
    updated_at: record.updated_at,
    created_at: record.created_at,
  }
}

export async function toMakerProducts(scope: Scope, makerId: string, records: MakerProductRecord[]): Promise<MakerProduct[]> {
  const uploads = await uploadsOf(scope, makerId, records)
  return records.map((record) => toMakerProduct(record, uploads))
}
