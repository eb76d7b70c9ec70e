import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MAKER_MODULE, type MakerModuleService } from "../../../../modules/maker"
import { HANDLE_PATTERN, LIMITS } from "../../../../modules/maker/types"
import { publishedProductsOf } from "../helpers"

/**
 * A maker's public profile and her published products in the key's sales channels. Unknown, hidden and
 * non-consenting makers all get the same 404. The Collective's page also lists the products of makers the
 * public cannot see, since those products are shown under its name.
 */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "Maker not found")
  const handle = req.params.handle
  if (handle.length < LIMITS.handleMin || handle.length > LIMITS.handleMax || !HANDLE_PATTERN.test(handle)) {
    throw notFound()
  }
  const service = req.scope.resolve<MakerModuleService>(MAKER_MODULE)
  const maker = await service.retrievePublicMakerByHandle(handle)
  if (!maker) throw notFound()

  const makerIds = maker.is_collective ? [maker.id, ...(await service.listMakerIdsShownAsCollective())] : [maker.id]
  const products = await publishedProductsOf(req.scope, makerIds, req.publishable_key_context?.sales_channel_ids ?? [])
  res.json({ maker, products })
}
