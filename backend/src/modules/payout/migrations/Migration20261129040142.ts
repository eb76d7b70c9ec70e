import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129040142 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "statement_line" drop constraint if exists "statement_line_target_kind_check";`);

    this.addSql(`alter table if exists "statement_line" add constraint "statement_line_target_kind_check" check("target_kind" in ('payout_item', 'order_payment', 'card_transaction'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "statement_line" drop constraint if exists "statement_line_target_kind_check";`);

    this.addSql(`alter table if exists "statement_line" add constraint "statement_line_target_kind_check" check("target_kind" in ('payout_item', 'order_payment'));`);
  }

}
