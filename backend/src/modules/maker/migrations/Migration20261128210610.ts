import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261128210610 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_private" drop constraint if exists "maker_private_maker_id_unique";`);
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_handle_unique";`);
    this.addSql(`create table if not exists "maker" ("id" text not null, "handle" text not null, "display_name" text not null, "story_id" text null, "story_en" text null, "crafts" text[] not null, "city" text null, "image_url" text null, "joined_at" timestamptz not null, "status" text check ("status" in ('active', 'hidden')) not null default 'active', "is_collective" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_pkey" primary key ("id"), constraint CHK_maker_handle_format check (handle ~ '^[a-z0-9]+(-[a-z0-9]+)*\$' AND length(handle) BETWEEN 3 AND 60));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_handle_unique" ON "maker" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_deleted_at" ON "maker" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_single_collective" ON "maker" ("is_collective") WHERE is_collective = true AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_change" ("id" text not null, "maker_id" text not null, "action" text not null, "actor_id" text not null, "fields" text[] not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_change_deleted_at" ON "maker_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_change_maker_id_created_at" ON "maker_change" ("maker_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_consent" ("id" text not null, "maker_id" text not null, "item" text check ("item" in ('display_name', 'story', 'image', 'city')) not null, "granted" boolean not null, "recorded_by" text not null, "recorded_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_consent_deleted_at" ON "maker_consent" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_consent_maker_id_item_recorded_at" ON "maker_consent" ("maker_id", "item", "recorded_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "maker_private" ("id" text not null, "maker_id" text not null, "legal_name" text null, "phone" text null, "whatsapp" text null, "address" text null, "payout_method" text check ("payout_method" in ('bank', 'ewallet')) null, "bank_name" text null, "bank_account_number" text null, "bank_account_holder" text null, "ewallet_provider" text null, "ewallet_number" text null, "staff_notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_private_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_private_maker_id_unique" ON "maker_private" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_private_deleted_at" ON "maker_private" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker" cascade;`);

    this.addSql(`drop table if exists "maker_change" cascade;`);

    this.addSql(`drop table if exists "maker_consent" cascade;`);

    this.addSql(`drop table if exists "maker_private" cascade;`);
  }

}
