export {
  CACHE_TAGS,
  CATEGORY_PAGE_SIZE,
  CATEGORY_SORTS,
  getCategoryListing,
  REVALIDATE_SECONDS,
  getRegion,
  getProduct,
  getProductPlacement,
  listCategoriesWithProducts,
  listCategoryTree,
  listProductsByRefs,
} from "./catalog"
export type { CategoryListing, CategorySort } from "./catalog"
export { getMaker, listMakers } from "./makers"
export {
  CRAFT_ORDER,
  collectiveName,
  formatCrafts,
  formatJoined,
  initialOf,
  isMakerHandle,
  storyParagraphs,
  storyToShow,
  toDescription,
} from "./transform"
export type {
  Category,
  CategoryNode,
  CategorySection,
  Craft,
  Maker,
  MakerProfile,
  MakerSummary,
  ProductCard,
  ProductDetail,
  ProductOption,
  ProductVariant,
  Region,
  SectionProduct,
  StockState,
} from "./types"
export { bestStock, isBuyable } from "./stock"
