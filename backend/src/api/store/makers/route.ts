import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import type { StoreListMakersQueryType } from "./validators"

/** Active makers who consented to show their name, public fields only, the Collective last. */
export const GET = async (req: MedusaStoreRequest<unknown, StoreListMakersQueryType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as StoreListMakersQueryType
  const [makers, count] = await req.scope
    .resolve<MakerModuleService>(MAKER_MODULE)
    .listPublicMakers({ skip: offset, take: limit })
  res.json({ makers, count, limit, offset })
}
