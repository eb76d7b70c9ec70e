export {
  CACHE_TAGS,
  REVALIDATE_SECONDS,
  getDefaultRegion,
  getProduct,
  getProductPlacement,
  listCategoriesWithProducts,
  listCategoryTree,
  listProductsByRefs,
} from "./catalog"
export { getMaker, listMakers } from "./makers"
export {
  CRAFT_LABELS,
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
} from "./types"
