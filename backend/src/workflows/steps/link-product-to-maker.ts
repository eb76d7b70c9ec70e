import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE } from "../../modules/maker"
import { makerIdsByProduct } from "../utils/product-makers"

type Link = { [Modules.PRODUCT]: { product_id: string }; [MAKER_MODULE]: { maker_id: string } }
const link = (product_id: string, maker_id: string): Link => ({ [Modules.PRODUCT]: { product_id }, [MAKER_MODULE]: { maker_id } })

/**
 * Makes this maker the product's only maker (a new product starts with the Collective: hooks/product-maker.ts).
 * Compensation puts the previous links back.
 */
export const linkProductToMakerStep = createStep(
  "link-product-to-maker",
  async (input: { product_id: string; maker_id: string }, { container }) => {
    const previous = (await makerIdsByProduct(container, [input.product_id])).get(input.product_id) ?? []
    const remote = container.resolve(ContainerRegistrationKeys.LINK)
    const dismissed = previous.filter((id) => id !== input.maker_id).map((id) => link(input.product_id, id))
    if (dismissed.length) await remote.dismiss(dismissed)
    const created = previous.includes(input.maker_id) ? [] : [link(input.product_id, input.maker_id)]
    if (created.length) await remote.create(created)
    return new StepResponse(undefined, { dismissed, created })
  },
  async (done, { container }) => {
    if (!done) return
    const remote = container.resolve(ContainerRegistrationKeys.LINK)
    if (done.created.length) await remote.dismiss(done.created)
    if (done.dismissed.length) await remote.create(done.dismissed)
  }
)
