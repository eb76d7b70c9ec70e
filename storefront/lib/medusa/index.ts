export {
  CACHE_TAGS,
  REVALIDATE_SECONDS,
  getDefaultRegion,
  getProduct,
  getProductPlacement,
  listCategoriesWithProducts,
  listCategoryTree,
} from "./catalog"
export type {
  Category,
  CategoryNode,
  CategorySection,
  ProductCard,
  ProductDetail,
  ProductOption,
  ProductVariant,
  Region,
  SectionProduct,
} from "./types"
