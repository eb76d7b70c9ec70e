import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129020849 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "maker_upload" ("id" text not null, "maker_id" text not null, "variants" jsonb not null, "width" integer not null, "height" integer not null, "placeholder" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_upload_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_upload_deleted_at" ON "maker_upload" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_upload_maker_id" ON "maker_upload" ("maker_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_upload" cascade;`);
  }

}
