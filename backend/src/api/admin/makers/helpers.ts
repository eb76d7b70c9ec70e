import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import { toAdminMaker, toMakerPrivate } from "../../../modules/maker/public-view"
import type { AdminMaker, MakerPrivateData, MakerRow } from "../../../modules/maker/types"
import { productIdsByMaker } from "../../../workflows/utils/product-makers"

type Scope = Pick<MedusaContainer, "resolve">

export const makerService = (scope: Scope) => scope.resolve<MakerModuleService>(MAKER_MODULE)

/** The staff user acting; admin routes are authenticated by Medusa, so a missing actor is a bug, not a guest. */
export function actorOf(req: AuthenticatedMedusaRequest): string {
  const actor = req.auth_context?.actor_id
  if (!actor) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Staff authentication required")
  return actor
}

/** AdminMaker for each row, with current consents and product counts (no private data). */
export async function toAdminMakers(scope: Scope, rows: MakerRow[]): Promise<AdminMaker[]> {
  const ids = rows.map((row) => row.id)
  const [consents, products] = await Promise.all([
    makerService(scope).listCurrentConsents(ids),
    productIdsByMaker(scope, ids),
  ])
  return rows.map((row) => toAdminMaker(row, consents.get(row.id), products.get(row.id)?.length ?? 0))
}

export async function retrieveAdminMaker(scope: Scope, id: string): Promise<AdminMaker> {
  const row = await makerService(scope).retrieveMakerOrFail(id)
  const [maker] = await toAdminMakers(scope, [row])
  return maker
}

/** The detail view: AdminMaker plus her private data and product ids. Admin routes only. */
export async function retrieveAdminMakerDetail(
  scope: Scope,
  id: string
): Promise<AdminMaker & { private: MakerPrivateData; product_ids: string[] }> {
  const service = makerService(scope)
  const row = await service.retrieveMakerOrFail(id)
  const [[maker], [privateRow], products] = await Promise.all([
    toAdminMakers(scope, [row]),
    service.listMakerPrivates({ maker_id: id }, { take: 1 }),
    productIdsByMaker(scope, [id]),
  ])
  return { ...maker, private: toMakerPrivate(privateRow as Record<string, unknown> | undefined), product_ids: products.get(id) ?? [] }
}
