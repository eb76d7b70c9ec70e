import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { makerService } from "../../helpers"
import type { AdminMakerHistoryQueryType } from "../../validators"

/** Who changed what, newest first: field names only, never values. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminMakerHistoryQueryType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminMakerHistoryQueryType
  const service = makerService(req.scope)
  await service.retrieveMakerOrFail(req.params.id)
  const [rows, count] = await service.listAndCountMakerChanges(
    { maker_id: req.params.id },
    { select: ["id", "action", "actor_id", "fields", "created_at"], order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
  )
  const changes = rows.map((row) => ({
    id: row.id,
    action: row.action,
    actor_id: row.actor_id,
    fields: row.fields as string[],
    created_at: new Date(row.created_at).toISOString(),
  }))
  res.json({ changes, count, limit, offset })
}
