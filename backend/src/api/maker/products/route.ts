import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { submitMakerProductWorkflow } from "../../../workflows/submit-maker-product"
import { loadProductOfMaker, loadProductsOfMaker } from "../../../workflows/utils/maker-products"
import { toMakerProducts } from "./helpers"
import type { MakerCreateProductType, MakerListProductsQueryType } from "./validators"

/** Her products, newest first, optionally of one status. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, MakerListProductsQueryType>, res: MedusaResponse) => {
  const makerId = req.auth_context.actor_id
  const { status } = req.validatedQuery as MakerListProductsQueryType
  const products = await toMakerProducts(req.scope, makerId, await loadProductsOfMaker(req.scope, makerId))
  res.json({ products: status ? products.filter((product) => product.status === status) : products })
}

/** She submits a new product: it waits for staff review. */
export const POST = async (req: AuthenticatedMedusaRequest<MakerCreateProductType>, res: MedusaResponse) => {
  const makerId = req.auth_context.actor_id
  const { result } = await submitMakerProductWorkflow(req.scope).run({ input: { ...req.validatedBody, maker_id: makerId } })
  const [product] = await toMakerProducts(req.scope, makerId, [await loadProductOfMaker(req.scope, makerId, result.id)])
  res.status(201).json({ product })
}
