import { getBackendUrl } from "./config"

/** Same origin, path under `prefix` (URL() has already resolved any ".."), and no credentials in the URL. */
function isUnder(image: URL, base: URL, prefix: string): boolean {
  return (
    image.protocol === base.protocol &&
    image.host === base.host &&
    image.pathname.startsWith(prefix) &&
    image.username === "" &&
    image.password === ""
  )
}

/**
 * True for images the storefront may show: files the Medusa backend stored through its file module — under
 * its /static/ (local files) or, with an S3-compatible store, under S3_FILE_URL — which are the uploads it
 * re-encoded without metadata (DESIGN.md, privacy 3) and the only ones next.config.ts lets the image
 * optimiser fetch. Anything else (a pasted link to another site) is not shown: it would fail to optimise,
 * could carry EXIF/GPS data, and would tell a third party who looks at a maker's page.
 */
export function isShowableImage(
  url: string | null | undefined,
  backendUrl: string = getBackendUrl(),
  fileStoreUrl: string | undefined = process.env.S3_FILE_URL?.trim() || undefined
): boolean {
  if (!url) return false
  let image: URL
  try {
    image = new URL(url)
  } catch {
    return false
  }
  const bases: [string | undefined, (base: URL) => string][] = [
    [backendUrl, () => "/static/"],
    [fileStoreUrl, (base) => (base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`)],
  ]
  return bases.some(([value, prefix]) => {
    if (!value) return false
    try {
      const base = new URL(value)
      return isUnder(image, base, prefix(base))
    } catch {
      return false
    }
  })
}
