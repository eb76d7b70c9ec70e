import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129042607 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "search_document" ("id" text not null, "handle" text not null, "title" text not null, "title_en" text null, "description" text null, "description_en" text null, "category_handles" text[] not null, "category_names" text[] not null, "maker_handle" text null, "maker_name" text null, "price_idr" real null, "price_usd" real null, "in_stock" boolean not null default false, "made_to_order" boolean not null default false, "thumbnail" text null, "product_created_at" timestamptz not null, "title_normalised" text not null, "extra_text" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_deleted_at" ON "search_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_handle" ON "search_document" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_maker_handle" ON "search_document" ("maker_handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "search_word" ("id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_word_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_word_deleted_at" ON "search_word" ("deleted_at") WHERE deleted_at IS NULL;`);

    // Added by hand (the DML cannot express them). Prices in double precision (IDR amounts beyond float4).
    this.addSql(`alter table "search_document" alter column "price_idr" type double precision, alter column "price_usd" type double precision;`);
    // The weighted full-text vector over the normalised public text (providers/postgres.ts fills it), with GIN.
    this.addSql(`alter table "search_document" add column if not exists "document" tsvector not null default ''::tsvector;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_search_document_document" ON "search_document" USING gin ("document");`);
    // Typo matching uses pg_trgm when the server has it (the embedded Postgres does); without it the provider
    // falls back to prefix matching, so a missing extension never fails the migration.
    this.addSql(`DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'pg_trgm is not available: search falls back to prefix matching'; END $$;`);
    this.addSql(`DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
      CREATE INDEX IF NOT EXISTS "IDX_search_document_title_trgm" ON "search_document" USING gin ("title_normalised" gin_trgm_ops);
      CREATE INDEX IF NOT EXISTS "IDX_search_word_trgm" ON "search_word" USING gin ("id" gin_trgm_ops);
    END IF; END $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_document" cascade;`);

    this.addSql(`drop table if exists "search_word" cascade;`);
  }

}
