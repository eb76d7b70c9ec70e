import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DAY_MS, payoutService, payoutSettings } from "../../utils/payout-ledger"

const num = (value: unknown) => (value === null || value === undefined ? 0 : MathBN.convert(value as never).toNumber())

/**
 * Her earning on a line item starts its hold when staff have fulfilled the line's whole quantity in Medusa:
 * fulfilled_at = at, available_at = at + PAYOUT_HOLD_DAYS. Set once; lines not wholly fulfilled wait.
 */
export const markEarningsFulfilledStep = createStep(
  "mark-earnings-fulfilled",
  async (input: { order_id: string; at?: string }, { container }) => {
    const service = payoutService(container)
    const earnings = await service.listEarnings(
      { order_id: input.order_id, fulfilled_at: null },
      { select: ["id", "line_item_id"] }
    )
    if (!earnings.length) return new StepResponse({ marked: [] as string[] }, [] as string[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.quantity", "items.detail.quantity", "items.detail.fulfilled_quantity"],
      filters: { id: input.order_id },
    })
    const items = (data[0]?.items ?? []) as { id: string; quantity?: unknown; detail?: { quantity?: unknown; fulfilled_quantity?: unknown } | null }[]
    const fulfilled = new Set(
      items
        .filter((item) => {
          const quantity = num(item.detail?.quantity ?? item.quantity)
          return quantity > 0 && num(item.detail?.fulfilled_quantity) >= quantity
        })
        .map((item) => item.id)
    )
    const at = input.at ? new Date(input.at) : new Date()
    const availableAt = new Date(at.getTime() + payoutSettings().holdDays * DAY_MS)
    const ids = earnings.filter((earning) => fulfilled.has(earning.line_item_id)).map((earning) => earning.id)
    if (ids.length) await service.updateEarnings(ids.map((id) => ({ id, fulfilled_at: at, available_at: availableAt })))
    return new StepResponse({ marked: ids }, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await payoutService(container).updateEarnings(ids.map((id) => ({ id, fulfilled_at: null, available_at: null })))
  }
)
