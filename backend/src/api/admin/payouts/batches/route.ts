import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPayoutBatchWorkflow } from "../../../../workflows/create-payout-batch"
import { PAYOUT_BATCH_RACE } from "../../../../workflows/create-payout-batch/steps/create-payout-batch"
import { actorOf } from "../../makers/helpers"
import { BATCH_FIELDS, batchToApi, ITEM_FIELDS, itemToApi, payoutService, retrieveBatch, type BatchRow, type ItemRow } from "./helpers"
import type { AdminCreatePayoutBatchType, AdminListPayoutBatchesQueryType } from "./validators"

/** Payout batches, newest first, with their totals and how many items are reserved, paid, failed. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListPayoutBatchesQueryType>, res: MedusaResponse) => {
  const { currency, status, limit, offset } = req.validatedQuery as AdminListPayoutBatchesQueryType
  const payouts = payoutService(req.scope)
  const filters: Record<string, unknown> = {}
  if (currency) filters.currency = currency
  if (status) filters.status = status
  const [batches, count] = (await payouts.listAndCountPayoutBatches(filters, {
    select: BATCH_FIELDS,
    order: { created_at: "DESC", id: "DESC" },
    skip: offset,
    take: limit,
  })) as unknown as [BatchRow[], number]
  const items = batches.length
    ? ((await payouts.listPayoutItems({ batch_id: batches.map((b) => b.id) }, { select: ITEM_FIELDS })) as unknown as ItemRow[])
    : []
  res.json({
    batches: batches.map((batch) => batchToApi(batch, items.filter((item) => item.batch_id === batch.id))),
    count,
    limit,
    offset,
  })
}

/**
 * Creates a batch for a currency: every maker whose available money (released up to period_end, now by
 * default) reaches the minimum gets one item, her money reserved. 400 when nobody reaches it; 409 when another
 * batch took the same money at the same moment.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePayoutBatchType>, res: MedusaResponse) => {
  const { currency, period_end } = req.validatedBody
  try {
    const { result } = await createPayoutBatchWorkflow(req.scope).run({
      input: { currency, period_end: period_end ?? new Date().toISOString(), actor_id: actorOf(req) },
    })
    const { batch, items, makers } = await retrieveBatch(req.scope, result.batch_id)
    res.status(201).json({ batch: batchToApi(batch, items), items: items.map((item) => itemToApi(item, makers.get(item.maker_id))) })
  } catch (error) {
    if ((error as { code?: string })?.code !== PAYOUT_BATCH_RACE) throw error
    res.status(409).json({ type: "conflict", code: PAYOUT_BATCH_RACE, message: (error as Error).message })
  }
}
