import { getStorefrontUrl } from "./config"

export const SITE_NAME = "Rumah Karya"

/** Absolute URL of a public path, for canonical links, Open Graph and structured data. */
export function siteUrl(path = "/"): string {
  return new URL(path, getStorefrontUrl() + "/").toString()
}
