import { getBackendUrl } from "./config"

/**
 * True for images the storefront may show: files served by the Medusa backend under /static/ — the
 * uploads it re-encoded without metadata (DESIGN.md, privacy 3) and the only ones next.config.ts lets the
 * image optimiser fetch. Anything else (a pasted link to another site) is not shown: it would fail to
 * optimise, could carry EXIF/GPS data, and would tell a third party who looks at a maker's page.
 */
export function isShowableImage(url: string | null | undefined, backendUrl: string = getBackendUrl()): boolean {
  if (!url) return false
  let image: URL
  let backend: URL
  try {
    image = new URL(url)
    backend = new URL(backendUrl)
  } catch {
    return false
  }
  return (
    image.protocol === backend.protocol &&
    image.host === backend.host &&
    image.pathname.startsWith("/static/") && // URL() has already resolved any "..".
    image.username === "" &&
    image.password === ""
  )
}
