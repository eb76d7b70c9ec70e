// Shapes of the payout module, shared by its models, the workflows and the routes (contract: docs/payouts.md).

export { TRANSACTION_KINDS as LEDGER_TRANSACTION_KINDS, type TransactionKind as LedgerTransactionKind } from "@rumah-karya/ledger"

export const EARNING_STATUSES = ["pending", "available", "reversed"] as const
export type EarningStatus = (typeof EARNING_STATUSES)[number]

export const CASH_ACCOUNTS = ["bank", "stripe"] as const
export type CashAccount = (typeof CASH_ACCOUNTS)[number]

export const PAYOUT_BATCH_STATUSES = ["open", "closed"] as const
export const PAYOUT_ITEM_STATUSES = ["reserved", "paid", "failed"] as const

/** A payout_item row as read by the routes and workflows (amount: integer minor units, as stored). */
export interface PayoutItemRow {
  id: string
  batch_id: string
  maker_id: string
  currency: string
  amount: unknown
  reference: string
  status: (typeof PAYOUT_ITEM_STATUSES)[number]
  transfer_reference: string | null
  settled_by: string | null
  settled_at: Date | string | null
  note: string | null
  created_at?: Date | string
}
export const STATEMENT_KINDS = ["bank", "stripe"] as const
export const STATEMENT_LINE_STATUSES = ["matched", "mismatched", "unmatched"] as const
export const STATEMENT_TARGET_KINDS = ["payout_item", "order_payment", "card_transaction"] as const

export const FEE_RATE_SCOPES = ["maker", "category"] as const
export type FeeRateScope = (typeof FEE_RATE_SCOPES)[number]

/** Who wrote a row when no staff member did (subscribers, scheduled jobs). */
export const SYSTEM_ACTOR = "system"

/**
 * Every amount column of this module holds INTEGER MINOR UNITS (IDR exponent 0, USD 2; see @rumah-karya/ledger).
 * The columns are Postgres `numeric` (model.bigNumber: exact, no int4 overflow on sums or large IDR amounts),
 * and each carries a CHECK that it is integral, so a fraction can never be stored.
 */
export const integral = (column: string) => `${column} = trunc(${column})`
