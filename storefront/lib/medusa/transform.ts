/**
 * Pure functions turning store API responses into the storefront's view models.
 * No I/O here, so everything is unit-tested (transform.test.ts).
 */
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "../i18n/config"
import { MESSAGES } from "../i18n/messages"
import { isShowableImage } from "../images"
import { priceRangeOf } from "../money"
import { careNote, localized, optionValueLabel } from "./localize"
import { bestStock, leadTimeDaysOf, variantStock } from "./stock"
import type {
  Category,
  CategoryNode,
  CategorySection,
  Craft,
  Maker,
  MakerSummary,
  ProductCard,
  ProductDetail,
  ProductOption,
  RawCategory,
  RawMakerProduct,
  RawMakerSummary,
  RawProductDetail,
  RawPublicMaker,
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

export function toCategory(raw: RawCategory, locale: Locale = DEFAULT_LOCALE): Category {
  return {
    id: raw.id,
    handle: raw.handle,
    name: localized(locale, raw.name, raw.metadata, "name") ?? raw.name,
    description: localized(locale, raw.description, raw.metadata, "description"),
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
export function buildCategoryTree(raw: readonly RawCategory[], locale: Locale = DEFAULT_LOCALE): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>()
  for (const r of raw) nodes.set(r.id, { ...toCategory(r, locale), children: [] })

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

function variantPrices(variants: readonly RawVariant[] | null) {
  return (variants ?? []).map((v) => ({
    amount: v.calculated_price?.calculated_amount ?? null,
    currencyCode: v.calculated_price?.currency_code ?? null,
  }))
}

function productStock(raw: RawProductSummary) {
  const leadTimeDays = leadTimeDaysOf(raw.metadata)
  return bestStock((raw.variants ?? []).map((v) => variantStock(v, leadTimeDays)))
}

export function toProductCard(raw: RawProductSummary, locale: Locale = DEFAULT_LOCALE): ProductCard {
  return {
    id: raw.id,
    handle: raw.handle,
    title: localized(locale, raw.title, raw.metadata, "title") ?? raw.title,
    thumbnail: raw.thumbnail || null,
    createdAt: raw.created_at ?? null,
    price: priceRangeOf(variantPrices(raw.variants)),
    stock: productStock(raw),
    maker: toMakerSummary(raw.maker),
  }
}

// Colour first, then size, then anything else by title: the same order on every product page.
const OPTION_ORDER = ["warna", "color", "colour", "ukuran", "size"]

function optionRank(title: string): number {
  const i = OPTION_ORDER.indexOf(title.trim().toLowerCase())
  return i === -1 ? OPTION_ORDER.length : i
}

/**
 * Options with their values in catalogue order. Titles stay as stored (the page translates them);
 * each value gets its label in `locale` from the metadata of a variant that has it.
 */
export function toProductOptions(
  raw: RawProductDetail["options"],
  variants: readonly RawVariant[] = [],
  locale: Locale = DEFAULT_LOCALE
): ProductOption[] {
  return (raw ?? [])
    .map((o) => ({
      id: o.id,
      title: o.title,
      values: [...new Set((o.values ?? []).map((v) => v.value))].map((value) => {
        const variant = variants.find((v) => v.options?.some((ov) => ov.option_id === o.id && ov.value === value))
        return { value, label: optionValueLabel(locale, o.title, value, variant?.metadata) }
      }),
    }))
    .filter((o) => o.values.length > 0)
    .sort((a, b) => optionRank(a.title) - optionRank(b.title) || collator.compare(a.title, b.title))
}

export function toProductDetail(raw: RawProductDetail, locale: Locale = DEFAULT_LOCALE): ProductDetail {
  const images = [...(raw.images ?? [])]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .filter((img, i, all) => img.url && all.findIndex((o) => o.url === img.url) === i)
    .map(({ id, url }) => ({ id, url }))
  if (raw.thumbnail && !images.some((img) => img.url === raw.thumbnail)) {
    images.unshift({ id: "thumbnail", url: raw.thumbnail })
  }

  const leadTimeDays = leadTimeDaysOf(raw.metadata)
  const variants = (raw.variants ?? []).map((v) => ({
    id: v.id,
    title: v.title ?? "",
    options: Object.fromEntries(
      (v.options ?? []).filter((o) => o.option_id).map((o) => [o.option_id as string, o.value])
    ),
    amount: v.calculated_price?.calculated_amount ?? null,
    currencyCode: v.calculated_price?.currency_code?.toLowerCase() ?? null,
    stock: variantStock(v, leadTimeDays),
  }))

  return {
    id: raw.id,
    handle: raw.handle,
    title: localized(locale, raw.title, raw.metadata, "title") ?? raw.title,
    subtitle: raw.subtitle?.trim() || null,
    description: localized(locale, raw.description, raw.metadata, "description"),
    thumbnail: raw.thumbnail || images[0]?.url || null,
    images,
    options: toProductOptions(raw.options, raw.variants ?? [], locale),
    variants,
    price: priceRangeOf(variants),
    stock: bestStock(variants.filter((v) => v.amount != null).map((v) => v.stock)),
    leadTimeDays,
    careNote: careNote(locale, raw.metadata),
    maker: toMakerSummary(raw.maker),
  }
}

// ---------- makers ----------

/** The shape of a maker handle (docs/makers-api.md); anything else cannot exist and never reaches the backend. */
export const MAKER_HANDLE_PATTERN = /^(?=.{3,60}$)[a-z0-9]+(-[a-z0-9]+)*$/

export function isMakerHandle(handle: string): boolean {
  return MAKER_HANDLE_PATTERN.test(handle)
}

/** Crafts in catalogue order. */
export const CRAFT_ORDER: readonly Craft[] = ["bouquet", "bale", "wall", "door"]

function isCraft(value: unknown): value is Craft {
  return typeof value === "string" && (CRAFT_ORDER as string[]).includes(value)
}

/** Known crafts, each once, in catalogue order; unknown values are dropped. */
export function normaliseCrafts(raw: readonly unknown[] | null | undefined): Craft[] {
  const given = new Set((raw ?? []).filter(isCraft))
  return CRAFT_ORDER.filter((c) => given.has(c))
}

/** "Buket bunga, bale pengantin dan hiasan pintu" (names from the message catalogue of `locale`). */
export function formatCrafts(crafts: readonly Craft[], locale: Locale = DEFAULT_LOCALE): string {
  const names = MESSAGES[locale].catalog.crafts
  const labels = crafts.map((c, i) => (i === 0 ? names[c] : names[c].toLowerCase()))
  if (labels.length <= 1) return labels[0] ?? ""
  return `${labels.slice(0, -1).join(", ")} ${names.and} ${labels[labels.length - 1]}`
}

const text = (value: string | null | undefined): string | null => value?.trim() || null

/** Null for a missing or malformed summary: then the product simply names no maker. */
export function toMakerSummary(raw: RawMakerSummary | null | undefined): MakerSummary | null {
  if (!raw || typeof raw.handle !== "string" || !isMakerHandle(raw.handle)) return null
  const name = text(raw.display_name)
  if (!name) return null
  return {
    handle: raw.handle,
    name,
    imageUrl: isShowableImage(raw.image_url) ? raw.image_url : null,
    isCollective: raw.is_collective === true,
  }
}

export function toMaker(raw: RawPublicMaker): Maker | null {
  const summary = toMakerSummary(raw)
  if (!summary) return null
  const joined = raw.joined_at ? new Date(raw.joined_at) : null
  return {
    ...summary,
    id: raw.id,
    story: { id: text(raw.story?.id), en: text(raw.story?.en) },
    crafts: normaliseCrafts(raw.crafts),
    city: text(raw.city),
    joinedAt: joined && !Number.isNaN(joined.getTime()) ? joined.toISOString() : null,
  }
}

/** Makers in the API's order (the Collective last, as the backend sends it), malformed entries left out. */
export function toMakers(raw: readonly RawPublicMaker[]): Maker[] {
  const seen = new Set<string>()
  const makers: Maker[] = []
  for (const r of raw) {
    const maker = toMaker(r)
    if (!maker || seen.has(maker.handle)) continue
    seen.add(maker.handle)
    makers.push(maker)
  }
  // Keep the Collective last even if a backend sent it elsewhere: the page introduces it after the people.
  return [...makers.filter((m) => !m.isCollective), ...makers.filter((m) => m.isCollective)]
}

/** The text of her story to show, in the page's language first; null when she has not consented to show one. */
export function storyToShow(
  maker: Pick<Maker, "story">,
  locale: Locale = DEFAULT_LOCALE
): { text: string; lang: Locale } | null {
  const order: Locale[] = locale === "en" ? ["en", "id"] : ["id", "en"]
  for (const lang of order) {
    const text = maker.story[lang]
    if (text) return { text, lang }
  }
  return null
}

/** Paragraphs of a story as she wrote it (blank lines or single line breaks separate them). */
export function storyParagraphs(story: string): string[] {
  return story
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** "Maret 2024" / "March 2024" */
export function formatJoined(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(
    new Date(iso)
  )
}

/** "Kolektif Rumah Karya" stays as it is; a Collective named without the word gets it in front. */
export function collectiveName(name: string): string {
  const trimmed = name.trim()
  return /^kolektif(\s|$)/i.test(trimmed) ? trimmed : `Kolektif ${trimmed}`
}

/** "S" for "Sari": the calm placeholder shown when there is no photo. */
export function initialOf(name: string): string {
  const first = [...name.trim()][0]
  return first ? first.toLocaleUpperCase("id") : "?"
}

/**
 * Her products with their prices, in the order of her page: the priced list comes from /store/products
 * (the catalogue's authority), so a product missing there (unpublished meanwhile) is left out.
 */
export function orderLikeRefs(refs: readonly RawMakerProduct[], priced: readonly ProductCard[]): ProductCard[] {
  const byId = new Map(priced.map((p) => [p.id, p]))
  const seen = new Set<string>()
  const out: ProductCard[] = []
  for (const ref of refs) {
    const card = byId.get(ref.id)
    if (!card || seen.has(card.id)) continue
    seen.add(card.id)
    out.push(card)
  }
  return out
}

/** Cuts a text to a meta description: whole words, at most `max` characters. */
export function toDescription(value: string, max = 160): string {
  const flat = value.replace(/\s+/g, " ").trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(" ")
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`
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

/** A category by handle anywhere in the tree, with the path from its top-level category down to it. */
export function findCategory(
  roots: readonly CategoryNode[],
  handle: string
): { node: CategoryNode; trail: Category[] } | null {
  const walk = (nodes: readonly CategoryNode[], path: Category[]): { node: CategoryNode; trail: Category[] } | null => {
    for (const node of nodes) {
      const here = [...path, withoutChildren(node)]
      if (node.handle === handle) return { node, trail: here }
      if (path.length < 10) {
        const hit = walk(node.children, here)
        if (hit) return hit
      }
    }
    return null
  }
  return walk(roots, [])
}

/**
 * Cards in the buyer's chosen order. Price sorts use the lowest price; unpriced products go last.
 * Ties (and "newest") fall back to creation date, newest first, then title: the same order on every visit.
 */
export function sortCards(cards: readonly ProductCard[], sort: "newest" | "price_asc" | "price_desc"): ProductCard[] {
  const newest = (a: ProductCard, b: ProductCard) =>
    (b.createdAt ?? "").localeCompare(a.createdAt ?? "") || collator.compare(a.title, b.title) || a.id.localeCompare(b.id)
  if (sort === "newest") return [...cards].sort(newest)
  const sign = sort === "price_asc" ? 1 : -1
  return [...cards].sort((a, b) => {
    if (!a.price || !b.price) return (a.price ? 0 : 1) - (b.price ? 0 : 1) || newest(a, b)
    return sign * (a.price.min - b.price.min) || newest(a, b)
  })
}
