import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { assertBalanced, parseAccount, type LedgerTransaction as LedgerTx } from "@rumah-karya/ledger"
import Earning from "./models/earning"
import FeeRate from "./models/fee-rate"
import LedgerEntry from "./models/ledger-entry"
import LedgerTransaction from "./models/ledger-transaction"
import PayoutBatch from "./models/payout-batch"
import PayoutItem from "./models/payout-item"
import StatementImport from "./models/statement-import"
import StatementLine from "./models/statement-line"
import type { LedgerTransactionKind } from "./types"

/** Sums of a maker's postings, per account, currency, transaction kind and sign (see sumMakerPostings). */
export interface MakerPostingSum {
  maker_id: string
  account: string
  currency: string
  kind: LedgerTransactionKind
  /** Sum of the debits (> 0) or of the credits (< 0) of this group: one row per sign. */
  amount: number
}

/** A stored ledger transaction with its entries, as @rumah-karya/ledger shapes it, plus its row id. */
export type StoredLedgerTransaction = LedgerTx & { id: string; created_by: string }

const toSafeInteger = (value: unknown, what: string): number => {
  const n = typeof value === "number" ? value : Number(value)
  if (!Number.isSafeInteger(n)) throw new Error(`${what} is not a whole number of minor units`)
  return n
}

/**
 * The payout module: the double-entry ledger of makers' earnings (transactions and their entries), the
 * earnings index per line item, payout batches and items, imported statements and fee-rate overrides.
 * Amount columns hold integer minor units; the ledger rules live in @rumah-karya/ledger.
 */
class PayoutModuleService extends MedusaService({
  LedgerTransaction,
  LedgerEntry,
  Earning,
  PayoutBatch,
  PayoutItem,
  StatementImport,
  StatementLine,
  FeeRate,
}) {
  /**
   * Writes one balanced transaction and its entries atomically. Idempotent by reference: when a transaction
   * with this reference exists, nothing is written and `created` is false (the unique index settles races).
   */
  @InjectTransactionManager()
  async recordLedgerTransaction(
    tx: LedgerTx,
    createdBy: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; created: boolean }> {
    assertBalanced(tx)
    const manager = sharedContext.transactionManager!
    const inserted = (await manager.execute(
      `insert into "ledger_transaction" ("id", "kind", "reference", "occurred_at", "meta", "created_by")
       values (?, ?, ?, ?, ?, ?) on conflict ("reference") where "deleted_at" is null do nothing returning "id"`,
      [newId("ltx"), tx.kind, tx.reference, new Date(tx.occurred_at), JSON.stringify(tx.meta ?? null), createdBy]
    )) as { id: string }[]
    if (!inserted.length) {
      const [existing] = (await manager.execute(
        `select "id" from "ledger_transaction" where "reference" = ? and "deleted_at" is null`,
        [tx.reference]
      )) as { id: string }[]
      return { id: existing!.id, created: false }
    }
    const transactionId = inserted[0]!.id
    for (const posting of tx.postings) {
      const parsed = parseAccount(posting.account)
      await manager.execute(
        `insert into "ledger_entry" ("id", "transaction_id", "account", "maker_id", "currency", "amount", "raw_amount")
         values (?, ?, ?, ?, ?, ?, ?)`,
        [
          newId("lent"),
          transactionId,
          posting.account,
          parsed.kind === "maker" ? parsed.makerId : null,
          posting.currency,
          posting.amount,
          JSON.stringify({ value: String(posting.amount), precision: 20 }),
        ]
      )
    }
    return { id: transactionId, created: true }
  }

  /**
   * Writes a transaction and, in the same database transaction, the earning row it goes with (created, or
   * updated) — only when the transaction is new, so a ledger entry and its earning never disagree.
   */
  @InjectTransactionManager()
  async recordLedgerTransactionWithEarning(
    tx: LedgerTx,
    createdBy: string,
    earning: { create?: Record<string, unknown>; update?: Record<string, unknown> & { id: string } },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; created: boolean; earning_id: string | null }> {
    const result = await this.recordLedgerTransaction(tx, createdBy, sharedContext)
    if (!result.created) return { ...result, earning_id: null }
    if (earning.create) {
      const row = await this.createEarnings(earning.create as never, sharedContext)
      return { ...result, earning_id: (row as unknown as { id: string }).id }
    }
    if (earning.update) await this.updateEarnings(earning.update as never, sharedContext)
    return { ...result, earning_id: earning.update?.id ?? null }
  }

  /** Removes transactions this process just wrote (workflow compensation only; history is never edited). */
  @InjectTransactionManager()
  async removeLedgerTransactions(ids: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!ids.length) return
    const manager = sharedContext.transactionManager!
    await manager.execute(`delete from "ledger_entry" where "transaction_id" in (${placeholders(ids)})`, ids)
    await manager.execute(`delete from "ledger_transaction" where "id" in (${placeholders(ids)})`, ids)
  }

  /**
   * Sets (or, with rate_bps null, removes) the fee-rate override of one maker or category. The current row is
   * soft-deleted and a new one created, so the history of rates and who set each stays.
   */
  @InjectTransactionManager()
  async setFeeRate(
    input: { scope: "maker" | "category"; scope_id: string; rate_bps: number | null; set_by: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    // Retired in SQL before the insert: the ORM would flush the new row first and hit the unique index.
    await sharedContext.transactionManager!.execute(
      `update "fee_rate" set "deleted_at" = now(), "updated_at" = now() where "scope" = ? and "scope_id" = ? and "deleted_at" is null`,
      [input.scope, input.scope_id]
    )
    if (input.rate_bps === null) return null
    return await this.createFeeRates(
      { scope: input.scope, scope_id: input.scope_id, rate_bps: input.rate_bps, set_by: input.set_by },
      sharedContext
    )
  }

  /**
   * Makers' postings summed per maker, account, currency, transaction kind and sign, optionally for some
   * makers, one currency, and transactions that occurred before `before`. Summing keeps every figure that
   * @rumah-karya/ledger's makerBalances derives (it is linear in postings of one kind and sign).
   */
  @InjectManager()
  async sumMakerPostings(
    filter: { maker_ids?: string[]; currency?: string; before?: Date; from?: Date } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<MakerPostingSum[]> {
    const where: string[] = [`e."deleted_at" is null`, `t."deleted_at" is null`, `e."maker_id" is not null`]
    const params: unknown[] = []
    if (filter.maker_ids) {
      if (!filter.maker_ids.length) return []
      where.push(`e."maker_id" in (${placeholders(filter.maker_ids)})`)
      params.push(...filter.maker_ids)
    }
    if (filter.currency) {
      where.push(`e."currency" = ?`)
      params.push(filter.currency)
    }
    if (filter.before) {
      where.push(`t."occurred_at" < ?`)
      params.push(filter.before)
    }
    if (filter.from) {
      where.push(`t."occurred_at" >= ?`)
      params.push(filter.from)
    }
    const rows = (await sharedContext.manager!.execute(
      `select e."maker_id", e."account", e."currency", t."kind", (e."amount" > 0) as "debit", sum(e."amount")::text as "amount"
       from "ledger_entry" e join "ledger_transaction" t on t."id" = e."transaction_id"
       where ${where.join(" and ")}
       group by e."maker_id", e."account", e."currency", t."kind", (e."amount" > 0)
       order by e."maker_id", e."currency", e."account", t."kind"`,
      params
    )) as { maker_id: string; account: string; currency: string; kind: LedgerTransactionKind; amount: string }[]
    return rows.map((row) => ({ ...row, amount: toSafeInteger(row.amount, "sum") }))
  }

  /**
   * Sums of all postings per account and currency (organisation, cash and makers' accounts), for transactions
   * of the given kinds that occurred in [from, to).
   */
  @InjectManager()
  async sumAccounts(
    filter: { currency?: string; from?: Date; to?: Date; kinds?: LedgerTransactionKind[] } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ account: string; currency: string; kind: LedgerTransactionKind; amount: number }[]> {
    const where: string[] = [`e."deleted_at" is null`, `t."deleted_at" is null`]
    const params: unknown[] = []
    if (filter.currency) (where.push(`e."currency" = ?`), params.push(filter.currency))
    if (filter.from) (where.push(`t."occurred_at" >= ?`), params.push(filter.from))
    if (filter.to) (where.push(`t."occurred_at" < ?`), params.push(filter.to))
    if (filter.kinds?.length) (where.push(`t."kind" in (${placeholders(filter.kinds)})`), params.push(...filter.kinds))
    const rows = (await sharedContext.manager!.execute(
      `select case when e."maker_id" is null then e."account" else 'maker:*:' || split_part(e."account", ':', 3) end as "account",
              e."currency", t."kind", sum(e."amount")::text as "amount"
       from "ledger_entry" e join "ledger_transaction" t on t."id" = e."transaction_id"
       where ${where.join(" and ")}
       group by 1, 2, 3 order by 1, 2, 3`,
      params
    )) as { account: string; currency: string; kind: LedgerTransactionKind; amount: string }[]
    return rows.map((row) => ({ ...row, amount: toSafeInteger(row.amount, "sum") }))
  }

  /**
   * A maker's transactions (each with all its entries) in one currency, oldest first, optionally those that
   * occurred in [from, to).
   */
  @InjectManager()
  async listMakerLedger(
    makerId: string,
    filter: { currency?: string; from?: Date; to?: Date } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<StoredLedgerTransaction[]> {
    const where: string[] = [`t."deleted_at" is null`]
    const params: unknown[] = [makerId]
    if (filter.currency) (where.push(`t."id" in (select "transaction_id" from "ledger_entry" where "maker_id" = ? and "currency" = ? and "deleted_at" is null)`), params.push(makerId, filter.currency))
    if (filter.from) (where.push(`t."occurred_at" >= ?`), params.push(filter.from))
    if (filter.to) (where.push(`t."occurred_at" < ?`), params.push(filter.to))
    const rows = (await sharedContext.manager!.execute(
      `select t."id", t."kind", t."reference", t."occurred_at", t."meta", t."created_by",
              e."account", e."currency", e."amount"::text as "amount"
       from "ledger_transaction" t join "ledger_entry" e on e."transaction_id" = t."id" and e."deleted_at" is null
       where t."id" in (select "transaction_id" from "ledger_entry" where "maker_id" = ? and "deleted_at" is null) and ${where.join(" and ")}
       order by t."occurred_at", t."created_at", t."id", e."account"`,
      params
    )) as {
      id: string
      kind: LedgerTransactionKind
      reference: string
      occurred_at: Date
      meta: Record<string, string | number | null> | null
      created_by: string
      account: string
      currency: string
      amount: string
    }[]
    const byId = new Map<string, StoredLedgerTransaction>()
    for (const row of rows) {
      let tx = byId.get(row.id)
      if (!tx) {
        tx = {
          id: row.id,
          kind: row.kind,
          reference: row.reference,
          occurred_at: new Date(row.occurred_at).toISOString(),
          postings: [],
          created_by: row.created_by,
          ...(row.meta ? { meta: row.meta } : {}),
        }
        byId.set(row.id, tx)
      }
      tx.postings.push({ account: row.account, currency: row.currency, amount: toSafeInteger(row.amount, "amount") })
    }
    return [...byId.values()]
  }
}

/** Ids as Medusa makes them (prefix + ULID), for the rows inserted by SQL above. */
const newId = (prefix: string) => generateEntityId(undefined, prefix)

/** "?, ?, ?" for a list bound value by value (a bound array is not a Postgres array here). */
const placeholders = (values: unknown[]) => values.map(() => "?").join(", ")

export default PayoutModuleService
