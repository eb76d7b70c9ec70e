// L1: ledger core
export * from "./money.js";
export * from "./accounts.js";
export * from "./transactions.js";
export * from "./balances.js";
export * from "./earnings.js";
export * from "./payouts.js";
// L2: CSV and reconciliation exports below
export * from "./csv/index.js";
export * from "./reconcile/index.js";
