import { randomBytes } from "node:crypto"

/**
 * A URL handle for a maker's new product: its title in lowercase ASCII words, and a short random suffix so that
 * two makers' "Buket Mawar" never collide (and the handle says nothing of who made it).
 */
export function productHandle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "")
  return `${words || "karya"}-${randomBytes(3).toString("hex")}`
}
