import { getStorefrontUrl } from "./config"

export const SITE_NAME = "Rumah Karya"

export const SITE_TAGLINE = "Kerajinan tangan dari Medan"

export const SITE_DESCRIPTION =
  "Buket bunga, bale pengantin, dan hiasan dinding serta pintu dari botol plastik daur ulang, " +
  "dibuat tangan di Medan oleh kolektif karya penyintas."

export function siteUrl(path = "/"): string {
  return new URL(path, getStorefrontUrl() + "/").toString()
}

export function productPath(handle: string): string {
  return `/products/${encodeURIComponent(handle)}`
}

/** Home-page anchor of a top-level category section. */
export function categoryPath(handle: string): string {
  return `/#${encodeURIComponent(handle)}`
}

export const MAKERS_PATH = "/makers"

export function makerPath(handle: string): string {
  return `${MAKERS_PATH}/${encodeURIComponent(handle)}`
}
