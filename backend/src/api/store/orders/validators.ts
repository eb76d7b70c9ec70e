import { z } from "@medusajs/framework/zod"

/** GET /store/orders/:id/bank-transfer has a fixed shape: no parameters. */
export const StoreGetBankTransferQuery = z.object({}).strict()
