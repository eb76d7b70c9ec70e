import { z } from "@medusajs/framework/zod"
import { parseOrderNumber } from "../../../modules/bank-transfer/reference"

export const ORDER_NUMBER_MESSAGE = "order_number must be an order number such as 1001, #1001 or RK-1001"

/** `{ order_number, email }`: the order number as printed (1001, "#1001", "RK-1001") and the email it was placed with. */
export const StoreOrderLookup = z
  .object({
    order_number: z
      .union([z.string().max(40), z.number()], { message: ORDER_NUMBER_MESSAGE })
      .transform((value, ctx) => {
        const displayId = parseOrderNumber(value)
        if (displayId === null) {
          ctx.addIssue({ code: "custom", message: ORDER_NUMBER_MESSAGE })
          return z.NEVER
        }
        return displayId
      }),
    email: z
      .string({ message: "email must be the email address the order was placed with" })
      .trim()
      .toLowerCase()
      .pipe(z.string().min(3).max(254).email({ message: "email must be an email address" })),
  })
  .strict()
export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>
