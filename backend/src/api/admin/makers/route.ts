import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MakerRow } from "../../../modules/maker/types"
import { createMakerWorkflow } from "../../../workflows/create-maker"
import { makerIdByProduct } from "../../../workflows/utils/product-makers"
import { actorOf, makerService, retrieveAdminMaker, toAdminMakers } from "./helpers"
import type { AdminCreateMakerType, AdminListMakersQueryType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListMakersQueryType>, res: MedusaResponse) => {
  const { q, status, product_id, limit, offset } = req.validatedQuery as AdminListMakersQueryType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (product_id) {
    const makerId = (await makerIdByProduct(req.scope, [product_id])).get(product_id)
    if (!makerId) {
      res.json({ makers: [], count: 0, limit, offset })
      return
    }
    filters.id = makerId
  }
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ handle: { $ilike: pattern } }, { display_name: { $ilike: pattern } }]
  }
  const [rows, count] = await makerService(req.scope).listAndCountMakers(filters, {
    skip: offset,
    take: limit,
    order: { display_name: "ASC", id: "ASC" },
  })
  const makers = await toAdminMakers(req.scope, rows as unknown as MakerRow[])
  res.json({ makers, count, limit, offset })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateMakerType>, res: MedusaResponse) => {
  const { private: privateData, consents, ...maker } = req.validatedBody
  const { result } = await createMakerWorkflow(req.scope).run({
    input: { maker, private: privateData, consents, actor_id: actorOf(req) },
  })
  res.json({ maker: await retrieveAdminMaker(req.scope, result.id) })
}
