import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129033754 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_session" drop constraint if exists "maker_session_key_hash_unique";`);
    this.addSql(`create table if not exists "maker_session" ("id" text not null, "maker_id" text not null, "key_hash" text not null, "device_os" text null, "device_browser" text null, "started_at" timestamptz not null, "expires_at" timestamptz null, "last_seen_at" timestamptz not null, "ended_at" timestamptz null, "ended_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_session_key_hash_unique" ON "maker_session" ("key_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_session_deleted_at" ON "maker_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_session_maker_id_started_at" ON "maker_session" ("maker_id", "started_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_session" cascade;`);
  }

}
