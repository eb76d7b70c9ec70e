import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../modules/maker"
import { makerIdsByProduct } from "../utils/product-makers"

export interface PlanProductAssignmentInput {
  maker_id: string
  /** Products to give to this maker (moved from their current maker). */
  add?: string[]
  /** Products of this maker to give back to the Collective. */
  remove?: string[]
  collective_id: string
}

type Link = { [Modules.PRODUCT]: { product_id: string }; [MAKER_MODULE]: { maker_id: string } }
const link = (product_id: string, maker_id: string): Link => ({
  [Modules.PRODUCT]: { product_id },
  [MAKER_MODULE]: { maker_id },
})

export interface ProductAssignmentPlan {
  dismiss: Link[]
  create: Link[]
  /** Every maker whose list of products changes, with the products she gained or lost. */
  affected: { maker_id: string; handle: string; gained: string[]; lost: string[] }[]
}

/**
 * Checks an assignment before anything changes (unknown products, removing a product that is not hers, the
 * same product in add and remove → 400) and works out which links to dismiss and create, so that every
 * product ends with exactly one maker.
 */
export const planProductAssignmentStep = createStep(
  "plan-product-assignment",
  async (input: PlanProductAssignmentInput, { container }) => {
    const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
    const makers = container.resolve<MakerModuleService>(MAKER_MODULE)
    const target = await makers.retrieveMakerOrFail(input.maker_id)
    const add = [...new Set(input.add ?? [])]
    const remove = [...new Set(input.remove ?? [])]

    const both = add.filter((id) => remove.includes(id))
    if (both.length) throw invalid(`Products cannot be both added and removed: ${both.join(", ")}`)

    const all = [...add, ...remove]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({ entity: "product", fields: ["id"], filters: { id: all } })
    const known = new Set(products.map((product: { id: string }) => product.id))
    const unknown = all.filter((id) => !known.has(id))
    if (unknown.length) throw invalid(`Unknown product ids: ${unknown.join(", ")}`)

    const current = await makerIdsByProduct(container, all)
    if (remove.length && target.is_collective) {
      throw invalid("Products cannot be removed from the Collective; add them to a maker instead")
    }
    const notHers = remove.filter((id) => !current.get(id)?.includes(target.id))
    if (notHers.length) throw invalid(`These products are not assigned to this maker: ${notHers.join(", ")}`)

    const dismiss: Link[] = []
    const create: Link[] = []
    const gained = new Map<string, string[]>()
    const lost = new Map<string, string[]>()
    const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value])

    for (const id of add) {
      const makersOfProduct = current.get(id) ?? []
      for (const previous of makersOfProduct.filter((makerId) => makerId !== target.id)) {
        dismiss.push(link(id, previous))
        push(lost, previous, id)
      }
      if (!makersOfProduct.includes(target.id)) {
        create.push(link(id, target.id))
        push(gained, target.id, id)
      }
    }
    for (const id of remove) {
      dismiss.push(link(id, target.id))
      push(lost, target.id, id)
      if (!(current.get(id) ?? []).some((makerId) => makerId !== target.id)) {
        create.push(link(id, input.collective_id))
        push(gained, input.collective_id, id)
      }
    }

    const affectedIds = [...new Set([...gained.keys(), ...lost.keys()])]
    const handles = new Map(
      (affectedIds.length ? await makers.listMakers({ id: affectedIds }, { select: ["id", "handle"] }) : []).map((m) => [m.id, m.handle])
    )
    const plan: ProductAssignmentPlan = {
      dismiss,
      create,
      affected: affectedIds.map((maker_id) => ({
        maker_id,
        handle: handles.get(maker_id) ?? "",
        gained: gained.get(maker_id) ?? [],
        lost: lost.get(maker_id) ?? [],
      })),
    }
    return new StepResponse(plan)
  }
)
