import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129010000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "card_transaction" ("id" text not null, "kind" text check ("kind" in ('charge', 'refund')) not null, "stripe_id" text not null, "payment_intent_id" text not null, "payment_id" text null, "order_id" text null, "balance_transaction_id" text not null, "currency" text not null, "amount" numeric not null, "fee" numeric not null, "net" numeric not null, "exchange_rate" text null, "raw_amount" jsonb not null, "raw_fee" jsonb not null, "raw_net" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "card_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_card_transaction_deleted_at" ON "card_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_card_transaction_stripe_id_unique" ON "card_transaction" ("stripe_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_card_transaction_payment_intent_id" ON "card_transaction" ("payment_intent_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_card_transaction_order_id" ON "card_transaction" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stripe_webhook_event" ("id" text not null, "event_id" text not null, "type" text not null, "payment_intent_id" text null, "outcome" text check ("outcome" in ('synced', 'unknown_intent', 'ignored')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_webhook_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stripe_webhook_event_deleted_at" ON "stripe_webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_webhook_event_event_id_unique" ON "stripe_webhook_event" ("event_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "card_transaction" cascade;`);

    this.addSql(`drop table if exists "stripe_webhook_event" cascade;`);
  }

}
