import { MedusaService } from "@medusajs/framework/utils"
import Earning from "./models/earning"
import FeeRate from "./models/fee-rate"
import LedgerEntry from "./models/ledger-entry"
import LedgerTransaction from "./models/ledger-transaction"
import PayoutBatch from "./models/payout-batch"
import PayoutItem from "./models/payout-item"
import StatementImport from "./models/statement-import"
import StatementLine from "./models/statement-line"

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
}) {}

export default PayoutModuleService
