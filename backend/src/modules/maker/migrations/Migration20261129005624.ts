import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129005624 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_invite" drop constraint if exists "maker_invite_code_hash_unique";`);
    this.addSql(`create table if not exists "maker_invite" ("id" text not null, "maker_id" text not null, "code_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_invite_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_invite_code_hash_unique" ON "maker_invite" ("code_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_invite_deleted_at" ON "maker_invite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_invite_maker_id" ON "maker_invite" ("maker_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "maker" add column if not exists "access_revoked_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_invite" cascade;`);

    this.addSql(`alter table if exists "maker" drop column if exists "access_revoked_at";`);
  }

}
