import { z } from "@medusajs/framework/zod"
import { CURRENCY_EXPONENT } from "@rumah-karya/ledger"

// Bodies and queries of the payout batch, item, statement and statement-line routes (docs/payouts.md,
// "Batches" and "Reconciliation"). Strict objects; messages name the field, never echo the value.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
const objectBody = <T extends z.ZodType<any, any>>(schema: T) =>
  z.custom<Record<string, unknown>>(isPlainObject, { message: "The request body must be a JSON object" }).pipe(schema)

const CURRENCIES = Object.keys(CURRENCY_EXPONENT)
export const currencyField = z
  .custom<string>((v) => typeof v === "string" && CURRENCIES.includes(v.trim().toUpperCase()), {
    message: `Field 'currency' must be one of ${CURRENCIES.join(", ")}`,
  })
  .transform((v) => v.trim().toUpperCase())

const text = (field: string, max: number) =>
  z
    .custom<string>((v) => typeof v === "string" && v.trim().length >= 1 && v.trim().length <= max, {
      message: `Field '${field}' must be 1 to ${max} characters`,
    })
    .transform((v) => v.trim())

const isoDate = (field: string) =>
  z
    .custom<string>((v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v.trim()) && !Number.isNaN(Date.parse(v)), {
      message: `Field '${field}' must be a date (2026-11-30 or 2026-11-30T23:59:59Z)`,
    })
    .transform((v) => new Date(v.trim()).toISOString())

const limit = z.coerce.number().int().min(1).max(100).default(20)
const offset = z.coerce.number().int().min(0).default(0)

export const NOTE_MAX = 500

const createBatch = z.object({ currency: currencyField, period_end: isoDate("period_end").optional() }).strict()
export const AdminCreatePayoutBatch = objectBody(createBatch)
export type AdminCreatePayoutBatchType = z.infer<typeof createBatch>

export const AdminListPayoutBatchesQuery = z
  .object({ currency: currencyField.optional(), status: z.enum(["open", "closed"]).optional(), limit, offset })
  .strict()
export type AdminListPayoutBatchesQueryType = z.infer<typeof AdminListPayoutBatchesQuery>

const markPaid = z.object({ transfer_reference: text("transfer_reference", 100), note: text("note", NOTE_MAX).optional() }).strict()
export const AdminMarkPayoutItemPaid = objectBody(markPaid)
export type AdminMarkPayoutItemPaidType = z.infer<typeof markPaid>

const markFailed = z.object({ note: text("note", NOTE_MAX) }).strict()
export const AdminMarkPayoutItemFailed = objectBody(markFailed)
export type AdminMarkPayoutItemFailedType = z.infer<typeof markFailed>

/** The form fields sent with the statement file (multipart/form-data: file, kind, currency). */
export const AdminImportStatement = z
  .object({
    kind: z.custom<"bank" | "stripe">((v) => v === "bank" || v === "stripe", { message: "Field 'kind' must be bank or stripe" }),
    currency: currencyField,
  })
  .strict()
export type AdminImportStatementType = z.infer<typeof AdminImportStatement>

export const AdminListStatementsQuery = z.object({ limit, offset }).strict()
export type AdminListStatementsQueryType = z.infer<typeof AdminListStatementsQuery>

export const TARGET_KINDS = ["payout_item", "order_payment", "card_transaction"] as const
const matchLine = z
  .object({
    target_kind: z.custom<(typeof TARGET_KINDS)[number]>((v) => TARGET_KINDS.includes(v as never), {
      message: `Field 'target_kind' must be one of ${TARGET_KINDS.join(", ")}`,
    }),
    target_id: text("target_id", 100),
    note: text("note", NOTE_MAX),
  })
  .strict()
export const AdminMatchStatementLine = objectBody(matchLine)
export type AdminMatchStatementLineType = z.infer<typeof matchLine>

const unmatchLine = z.object({ note: text("note", NOTE_MAX) }).strict()
export const AdminUnmatchStatementLine = objectBody(unmatchLine)
export type AdminUnmatchStatementLineType = z.infer<typeof unmatchLine>
