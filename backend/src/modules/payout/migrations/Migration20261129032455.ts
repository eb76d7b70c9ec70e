import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129032455 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "statement_line" drop constraint if exists "statement_line_fingerprint_unique";`);
    this.addSql(`alter table if exists "payout_item" drop constraint if exists "payout_item_batch_id_maker_id_currency_unique";`);
    this.addSql(`alter table if exists "payout_item" drop constraint if exists "payout_item_reference_unique";`);
    this.addSql(`alter table if exists "ledger_transaction" drop constraint if exists "ledger_transaction_reference_unique";`);
    this.addSql(`alter table if exists "fee_rate" drop constraint if exists "fee_rate_scope_scope_id_unique";`);
    this.addSql(`alter table if exists "earning" drop constraint if exists "earning_line_item_id_unique";`);
    this.addSql(`create table if not exists "earning" ("id" text not null, "line_item_id" text not null, "order_id" text not null, "maker_id" text not null, "product_id" text null, "currency" text not null, "cash" text check ("cash" in ('bank', 'stripe')) not null, "fee_rate_bps" integer not null, "gross" numeric not null, "org_fee" numeric not null, "card_fee_share" numeric not null, "maker_amount" numeric not null, "reversed_gross" numeric not null default 0, "reversed_org_fee" numeric not null default 0, "reversed_card_fee_share" numeric not null default 0, "reversed_amount" numeric not null default 0, "released_amount" numeric not null default 0, "status" text check ("status" in ('pending', 'available', 'reversed')) not null default 'pending', "earned_at" timestamptz not null, "fulfilled_at" timestamptz null, "available_at" timestamptz null, "released_at" timestamptz null, "created_by" text not null, "raw_gross" jsonb not null, "raw_org_fee" jsonb not null, "raw_card_fee_share" jsonb not null, "raw_maker_amount" jsonb not null, "raw_reversed_gross" jsonb not null default '{"value":"0","precision":20}', "raw_reversed_org_fee" jsonb not null default '{"value":"0","precision":20}', "raw_reversed_card_fee_share" jsonb not null default '{"value":"0","precision":20}', "raw_reversed_amount" jsonb not null default '{"value":"0","precision":20}', "raw_released_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "earning_pkey" primary key ("id"), constraint CHK_earning_amounts_integral check (gross = trunc(gross) AND org_fee = trunc(org_fee) AND card_fee_share = trunc(card_fee_share) AND maker_amount = trunc(maker_amount) AND reversed_gross = trunc(reversed_gross) AND reversed_org_fee = trunc(reversed_org_fee) AND reversed_card_fee_share = trunc(reversed_card_fee_share) AND reversed_amount = trunc(reversed_amount) AND released_amount = trunc(released_amount)), constraint CHK_earning_reversed_le_original check (reversed_gross <= gross AND reversed_amount <= maker_amount));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_earning_line_item_id_unique" ON "earning" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_earning_deleted_at" ON "earning" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_earning_maker_id_currency" ON "earning" ("maker_id", "currency") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_earning_order_id" ON "earning" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_earning_status_available_at" ON "earning" ("status", "available_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fee_rate" ("id" text not null, "scope" text check ("scope" in ('maker', 'category')) not null, "scope_id" text not null, "rate_bps" integer not null, "set_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fee_rate_pkey" primary key ("id"), constraint CHK_fee_rate_bps_range check (rate_bps >= 0 AND rate_bps <= 10000));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fee_rate_deleted_at" ON "fee_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fee_rate_scope_scope_id_unique" ON "fee_rate" ("scope", "scope_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_transaction" ("id" text not null, "kind" text check ("kind" in ('sale', 'release', 'reversal', 'payout_reserve', 'payout_paid', 'payout_failed', 'card_fee', 'adjustment')) not null, "reference" text not null, "occurred_at" timestamptz not null, "meta" jsonb null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_transaction_reference_unique" ON "ledger_transaction" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_transaction_deleted_at" ON "ledger_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_transaction_kind_occurred_at" ON "ledger_transaction" ("kind", "occurred_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_transaction_occurred_at" ON "ledger_transaction" ("occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "ledger_entry" ("id" text not null, "transaction_id" text not null, "account" text not null, "maker_id" text null, "currency" text not null, "amount" numeric not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"), constraint CHK_ledger_entry_amount_integral check (amount = trunc(amount)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_transaction_id" ON "ledger_entry" ("transaction_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_account_currency" ON "ledger_entry" ("account", "currency") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_maker_id_currency" ON "ledger_entry" ("maker_id", "currency") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_batch" ("id" text not null, "seq" serial, "period_start" timestamptz null, "period_end" timestamptz not null, "currency" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_batch_currency_created_at" ON "payout_batch" ("currency", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_item" ("id" text not null, "batch_id" text not null, "maker_id" text not null, "currency" text not null, "amount" numeric not null, "reference" text not null, "status" text check ("status" in ('reserved', 'paid', 'failed')) not null default 'reserved', "transfer_reference" text null, "settled_by" text null, "settled_at" timestamptz null, "note" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_item_pkey" primary key ("id"), constraint CHK_payout_item_amount check (amount = trunc(amount) AND amount > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_batch_id" ON "payout_item" ("batch_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_item_reference_unique" ON "payout_item" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_deleted_at" ON "payout_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_item_batch_id_maker_id_currency_unique" ON "payout_item" ("batch_id", "maker_id", "currency") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_item_maker_id_status" ON "payout_item" ("maker_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "statement_import" ("id" text not null, "kind" text check ("kind" in ('bank', 'stripe')) not null, "filename" text not null, "currency" text not null, "imported_by" text not null, "line_count" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "statement_import_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_import_deleted_at" ON "statement_import" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_import_created_at" ON "statement_import" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "statement_line" ("id" text not null, "import_id" text not null, "fingerprint" text not null, "line" integer not null, "date" text not null, "amount" numeric not null, "reference" text not null, "description" text not null, "status" text check ("status" in ('matched', 'mismatched', 'unmatched')) not null default 'unmatched', "target_kind" text check ("target_kind" in ('payout_item', 'order_payment')) null, "target_id" text null, "difference" numeric null, "note" text null, "matched_by" text null, "matched_at" timestamptz null, "raw_amount" jsonb not null, "raw_difference" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "statement_line_pkey" primary key ("id"), constraint CHK_statement_line_amount_integral check (amount = trunc(amount)));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_statement_line_fingerprint_unique" ON "statement_line" ("fingerprint") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_line_deleted_at" ON "statement_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_line_import_id_line" ON "statement_line" ("import_id", "line") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_line_target_kind_target_id" ON "statement_line" ("target_kind", "target_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_statement_line_status" ON "statement_line" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "ledger_entry" add constraint "ledger_entry_transaction_id_foreign" foreign key ("transaction_id") references "ledger_transaction" ("id") on update cascade;`);

    this.addSql(`alter table if exists "payout_item" add constraint "payout_item_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_transaction_id_foreign";`);

    this.addSql(`alter table if exists "payout_item" drop constraint if exists "payout_item_batch_id_foreign";`);

    this.addSql(`drop table if exists "earning" cascade;`);

    this.addSql(`drop table if exists "fee_rate" cascade;`);

    this.addSql(`drop table if exists "ledger_transaction" cascade;`);

    this.addSql(`drop table if exists "ledger_entry" cascade;`);

    this.addSql(`drop table if exists "payout_batch" cascade;`);

    this.addSql(`drop table if exists "payout_item" cascade;`);

    this.addSql(`drop table if exists "statement_import" cascade;`);

    this.addSql(`drop table if exists "statement_line" cascade;`);
  }

}
