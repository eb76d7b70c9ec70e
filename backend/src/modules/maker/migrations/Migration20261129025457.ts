import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129025457 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_item_progress" drop constraint if exists "maker_item_progress_line_item_id_unique";`);
    this.addSql(`create table if not exists "maker_item_progress" ("id" text not null, "line_item_id" text not null, "order_id" text not null, "maker_id" text not null, "ready_at" timestamptz not null, "marked_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_item_progress_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_item_progress_line_item_id_unique" ON "maker_item_progress" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_item_progress_deleted_at" ON "maker_item_progress" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_item_progress_maker_id" ON "maker_item_progress" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_item_progress_order_id" ON "maker_item_progress" ("order_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_item_progress" cascade;`);
  }

}
