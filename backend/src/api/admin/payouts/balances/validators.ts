import { z } from "@medusajs/framework/zod"
import { CURRENCY_EXPONENT } from "@rumah-karya/ledger"

// Queries of the balances, statement and totals routes (docs/payouts.md, "Balances and statements"). Strict:
// an unknown parameter is a 400; messages name the field and never echo the value.

const CURRENCIES = Object.keys(CURRENCY_EXPONENT)

const currency = z
  .custom<string>((v) => typeof v === "string" && CURRENCIES.includes(v.trim().toUpperCase()), {
    message: `Field 'currency' must be one of ${CURRENCIES.map((c) => c.toLowerCase()).join(", ")}`,
  })
  .transform((v) => v.trim().toUpperCase())

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const moment = (field: string) =>
  z
    .custom<string>((v) => typeof v === "string" && DATE.test(v.trim()) && !Number.isNaN(Date.parse(v.trim())), {
      message: `Field '${field}' must be a date such as 2026-11-30 or 2026-11-30T12:00:00Z`,
    })
    .transform((v) => new Date(v.trim()))

const period = {
  from: moment("from").optional(),
  to: moment("to").optional(),
}

const ordered = (value: { from?: Date; to?: Date }) => !value.from || !value.to || value.from <= value.to
const orderedMessage = { message: "Field 'from' must not be after 'to'", path: ["from"] }

export const AdminPayoutBalancesQuery = z.object({ currency: currency.optional() }).strict()
export type AdminPayoutBalancesQueryType = z.infer<typeof AdminPayoutBalancesQuery>

export const AdminPayoutStatementQuery = z
  .object({ currency: currency.default("IDR"), ...period })
  .strict()
  .refine(ordered, orderedMessage)
export type AdminPayoutStatementQueryType = z.infer<typeof AdminPayoutStatementQuery>

export const AdminPayoutTotalsQuery = z
  .object({ currency: currency.default("IDR"), ...period })
  .strict()
  .refine(ordered, orderedMessage)
export type AdminPayoutTotalsQueryType = z.infer<typeof AdminPayoutTotalsQuery>
