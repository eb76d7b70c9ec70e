import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MakerModule from "../modules/maker"

/**
 * Every product has exactly one maker; a maker has many products. The workflows keep it at exactly one
 * (assign-products-to-maker moves a product, the product-created hook gives new products to the Collective).
 *
 * Store routes never allow this link's fields (`*maker`, `maker.*`…): the public maker summary on products
 * is added by src/api/store/maker-summaries.ts, built from the public view only.
 */
export default defineLink({ linkable: ProductModule.linkable.product, isList: true }, MakerModule.linkable.maker)
