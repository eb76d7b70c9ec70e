/**
 * Pure functions turning store API responses into the storefront's view models.
 * No I/O here, so everything is unit-tested (transform.test.ts).
 */
import { priceRangeOf } from "../money"
import type {
  Category,
  CategoryNode,
  CategorySection,
  ProductCard,
  ProductDetail,
  ProductOption,
  RawCategory,
  RawProductDetail,
  RawProductSummary,
  RawRegion,
  RawVariant,
  Region,
  SectionProduct,
} from "./types"

const collator = new Intl.Collator("id", { sensitivity: "base", numeric: true })

// ---------- regions ----------

export function toRegion(raw: RawRegion): Region {
  return { id: raw.id, name: raw.name, currencyCode: raw.currency_code.toLowerCase() }
}

/** The region whose currency is `currencyCode` (IDR by default), else the first one; null when none. */
export function pickDefaultRegion(regions: readonly RawRegion[], currencyCode = "idr"): Region | null {
  const match = regions.find((r) => r.currency_code?.toLowerCase() === currencyCode) ?? regions[0]
  return match ? toRegion(match) : null
}

// ---------- categories ----------

export function toCategory(raw: RawCategory): Category {
  return {
    id: raw.id,
    handle: raw.handle,
    name: raw.name,
    description: raw.description?.trim() || null,
    rank: typeof raw.rank === "number" ? raw.rank : Number.MAX_SAFE_INTEGER,
    parentId: raw.parent_category_id ?? null,
  }
}

function byRankThenName(a: Category, b: Category): number {
  return a.rank - b.rank || collator.compare(a.name, b.name) || a.id.localeCompare(b.id)
}

/**
 * Builds the category tree from the flat list the store API returns.
 * Roots and children are ordered by rank, then name. A category whose parent is not in the list
 * (hidden: inactive or internal) is left out together with its subtree.
 */
export function buildCategoryTree(raw: readonly RawCategory[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>()
  for (const r of raw) nodes.set(r.id, { ...toCategory(r), children: [] })

  const roots: CategoryNode[] = []
  for (const node of nodes.values()) {
    if (node.parentId === null) {
      roots.push(node)
    } else {
      nodes.get(node.parentId)?.children.push(node)
    }
  }

  const seen = new Set<string>()
  const sortDeep = (list: CategoryNode[]): CategoryNode[] => {
    list.sort(byRankThenName)
    for (const n of list) {
      if (seen.has(n.id)) continue // guards against a cycle in bad data
      seen.add(n.id)
      sortDeep(n.children)
    }
    return list
  }
  return sortDeep(roots)
}

/** All categories below `node`, depth-first in rank order. */
export function descendantsOf(node: CategoryNode): Category[] {
  const out: Category[] = []
  const seen = new Set<string>([node.id])
  const walk = (children: CategoryNode[]) => {
    for (const child of children) {
      if (seen.has(child.id)) continue
      seen.add(child.id)
      const { children: grandChildren, ...category } = child
      out.push(category)
      walk(grandChildren)
    }
  }
  walk(node.children)
  return out
}

function withoutChildren({ children: _children, ...category }: CategoryNode): Category {
  return category
}

// ---------- products ----------

export function isVariantInStock(v: RawVariant): boolean {
  if (v.manage_inventory === false || v.allow_backorder === true) return true
  if (typeof v.inventory_quantity === "number") return v.inventory_quantity > 0
  return true // quantity unknown: let checkout decide rather than hide the product
}

function variantPrices(variants: readonly RawVariant[] | null) {
  return (variants ?? []).map((v) => ({
    amount: v.calculated_price?.calculated_amount ?? null,
    currencyCode: v.calculated_price?.currency_code ?? null,
  }))
}

export function toProductCard(raw: RawProductSummary): ProductCard {
  return {
    id: raw.id,
    handle: raw.handle,
    title: raw.title,
    thumbnail: raw.thumbnail || null,
    price: priceRangeOf(variantPrices(raw.variants)),
  }
}

// Colour first, then size, then anything else by title: the same order on every product page.
const OPTION_ORDER = ["warna", "color", "colour", "ukuran", "size"]

function optionRank(title: string): number {
  const i = OPTION_ORDER.indexOf(title.trim().toLowerCase())
  return i === -1 ? OPTION_ORDER.length : i
}

export function toProductOptions(raw: RawProductDetail["options"]): ProductOption[] {
  return (raw ?? [])
    .map((o) => ({
      id: o.id,
      title: o.title,
      values: [...new Set((o.values ?? []).map((v) => v.value))],
    }))
    .filter((o) => o.values.length > 0)
    .sort((a, b) => optionRank(a.title) - optionRank(b.title) || collator.compare(a.title, b.title))
}

export function toProductDetail(raw: RawProductDetail): ProductDetail {
  const images = [...(raw.images ?? [])]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .filter((img, i, all) => img.url && all.findIndex((o) => o.url === img.url) === i)
    .map(({ id, url }) => ({ id, url }))
  if (raw.thumbnail && !images.some((img) => img.url === raw.thumbnail)) {
    images.unshift({ id: "thumbnail", url: raw.thumbnail })
  }

  const variants = (raw.variants ?? []).map((v) => ({
    id: v.id,
    title: v.title ?? "",
    amount: v.calculated_price?.calculated_amount ?? null,
    currencyCode: v.calculated_price?.currency_code?.toLowerCase() ?? null,
    inStock: isVariantInStock(v),
  }))

  return {
    id: raw.id,
    handle: raw.handle,
    title: raw.title,
    subtitle: raw.subtitle?.trim() || null,
    description: raw.description?.trim() || null,
    thumbnail: raw.thumbnail || images[0]?.url || null,
    images,
    options: toProductOptions(raw.options),
    variants,
    price: priceRangeOf(variants),
    inStock: variants.some((v) => v.inStock && v.amount != null),
  }
}

// ---------- sections ----------

/**
 * Groups products into one section per top-level category. A section holds the category's own products,
 * then those of its descendants (depth-first, rank order); within one category products are ordered by
 * title. A product listed in several categories of a section appears once, at its first place.
 * Sections without products are left out.
 */
export function buildSections(
  roots: readonly CategoryNode[],
  productsByCategoryId: ReadonlyMap<string, readonly ProductCard[]>
): CategorySection[] {
  const sections: CategorySection[] = []
  for (const root of roots) {
    const descendants = descendantsOf(root)
    const category = withoutChildren(root)
    const seen = new Set<string>()
    const products: SectionProduct[] = []
    for (const cat of [category, ...descendants]) {
      const list = [...(productsByCategoryId.get(cat.id) ?? [])].sort(
        (a, b) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id)
      )
      for (const p of list) {
        if (seen.has(p.id)) continue
        seen.add(p.id)
        products.push({ ...p, categoryId: cat.id })
      }
    }
    if (products.length > 0) sections.push({ category, descendants, products })
  }
  return sections
}

/** The section and the (most specific) category a product was listed under, for breadcrumbs. */
export function findProductPlacement(
  sections: readonly CategorySection[],
  productId: string
): { section: CategorySection; category: Category } | null {
  for (const section of sections) {
    const hit = section.products.find((p) => p.id === productId)
    if (hit) {
      const category =
        hit.categoryId === section.category.id
          ? section.category
          : section.descendants.find((c) => c.id === hit.categoryId) ?? section.category
      return { section, category }
    }
  }
  return null
}
