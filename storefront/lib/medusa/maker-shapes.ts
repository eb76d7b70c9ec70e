/**
 * The makers' portal's view of her products, photos and order items, and the backend's JSON they are read from
 * (issue 6 contract: MakerProduct, MakerOrderItem, the upload of POST /maker/uploads). Snake case in, camel case
 * out, as toPortalMaker does; nothing else of the answers is kept.
 */

export const PRODUCT_STATUSES = ["in_review", "live", "returned", "sold_out", "paused"] as const
export type ProductStatus = (typeof PRODUCT_STATUSES)[number]

export const ORDER_ITEM_STATUSES = ["to_make", "to_hand_over", "ready", "shipped"] as const
export type OrderItemStatus = (typeof ORDER_ITEM_STATUSES)[number]

/** One re-encoded WebP size of a photo (400, 800, 1600 px wide; never enlarged), smallest first. */
export type PhotoVariant = { width: number; height: number; url: string }

/** A photo she uploaded (POST /maker/uploads): its id is what a product submission names. */
export type PortalUpload = {
  id: string
  width: number
  height: number
  placeholderColor: string | null
  variants: PhotoVariant[]
}

export type PortalImage = {
  id: string
  /** The maker_upload the photo came from, when the backend says (needed to keep it when photos change). */
  uploadId: string | null
  url: string
  width: number | null
  height: number | null
  variants: PhotoVariant[]
}

export type PortalProduct = {
  id: string
  handle: string
  title: string
  description: string | null
  category: string | null
  status: ProductStatus
  reviewNote: string | null
  priceIdr: number
  stock: number
  madeToOrder: boolean
  leadTimeDays: number | null
  images: PortalImage[]
  thumbnail: string | null
  updatedAt: string
  createdAt: string
}

export type PriceHint = { category: string; count: number; min: number | null; max: number | null; median: number | null }

export type PortalOrderItem = {
  id: string
  orderId: string
  orderDisplayId: number | string
  placedAt: string
  productId: string
  title: string
  variantTitle: string | null
  thumbnail: string | null
  quantity: number
  madeToOrder: boolean
  dueBy: string
  status: OrderItemStatus
  readyAt: string | null
}

// ---------- raw shapes ----------

export type RawVariantSize = { width?: unknown; height?: unknown; url?: unknown }

export type RawUpload = {
  id: string
  width: number
  height: number
  placeholder?: { color?: string | null } | null
  variants?: RawVariantSize[] | null
}

export type RawMakerImage = {
  id: string
  upload_id?: string | null
  url: string
  width?: number | null
  height?: number | null
  variants?: RawVariantSize[] | null
}

export type RawMakerProduct = {
  id: string
  handle: string
  title: string
  description?: string | null
  category?: string | null
  status: string
  review_note?: string | null
  price_idr: number
  stock?: number | null
  made_to_order?: boolean | null
  lead_time_days?: number | null
  images?: RawMakerImage[] | null
  thumbnail?: string | null
  updated_at: string
  created_at: string
}

export type RawMakerOrderItem = {
  id: string
  order_id: string
  order_display_id: number | string
  placed_at: string
  product_id: string
  title: string
  variant_title?: string | null
  thumbnail?: string | null
  quantity: number
  made_to_order?: boolean | null
  due_by: string
  status: string
  ready_at?: string | null
}

// ---------- transforms ----------

const positive = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value) && value > 0

/** The variants that are usable (a URL and a size), smallest first. */
export function toVariants(raw: RawVariantSize[] | null | undefined): PhotoVariant[] {
  return (raw ?? [])
    .filter((v) => typeof v.url === "string" && v.url !== "" && positive(v.width) && positive(v.height))
    .map((v) => ({ width: v.width as number, height: v.height as number, url: v.url as string }))
    .sort((a, b) => a.width - b.width)
}

export function toUpload(raw: RawUpload): PortalUpload {
  return {
    id: raw.id,
    width: raw.width,
    height: raw.height,
    placeholderColor: raw.placeholder?.color ?? null,
    variants: toVariants(raw.variants),
  }
}

function productStatus(value: string): ProductStatus {
  // An unknown status is shown as waiting for staff: never as "in the shop".
  return (PRODUCT_STATUSES as readonly string[]).includes(value) ? (value as ProductStatus) : "in_review"
}

export function toPortalProduct(raw: RawMakerProduct): PortalProduct {
  return {
    id: raw.id,
    handle: raw.handle,
    title: raw.title,
    description: raw.description ?? null,
    category: raw.category ?? null,
    status: productStatus(raw.status),
    reviewNote: raw.review_note?.trim() ? raw.review_note : null,
    priceIdr: raw.price_idr,
    stock: raw.stock ?? 0,
    madeToOrder: raw.made_to_order === true,
    leadTimeDays: raw.lead_time_days ?? null,
    images: (raw.images ?? []).map((image) => ({
      id: image.id,
      uploadId: image.upload_id ?? null,
      url: image.url,
      width: image.width ?? null,
      height: image.height ?? null,
      variants: toVariants(image.variants),
    })),
    thumbnail: raw.thumbnail ?? null,
    updatedAt: raw.updated_at,
    createdAt: raw.created_at,
  }
}

function orderItemStatus(value: string): OrderItemStatus {
  return (ORDER_ITEM_STATUSES as readonly string[]).includes(value) ? (value as OrderItemStatus) : "to_make"
}

export function toPortalOrderItem(raw: RawMakerOrderItem): PortalOrderItem {
  return {
    id: raw.id,
    orderId: raw.order_id,
    orderDisplayId: raw.order_display_id,
    placedAt: raw.placed_at,
    productId: raw.product_id,
    title: raw.title,
    variantTitle: raw.variant_title ?? null,
    thumbnail: raw.thumbnail ?? null,
    quantity: raw.quantity,
    madeToOrder: raw.made_to_order === true,
    dueBy: raw.due_by,
    status: orderItemStatus(raw.status),
    readyAt: raw.ready_at ?? null,
  }
}
