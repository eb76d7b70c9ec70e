/**
 * Stock state as a buyer sees it (docs/checkout-api.md, "Stock states"):
 * sold out when stock is managed, backorders are not allowed and nothing is left; made to order when
 * backorders are allowed and nothing is left; in stock otherwise.
 */
import type { RawMetadata, RawVariant, StockState } from "./types"

/** Days to make one, from product metadata `lead_time_days`; null when absent or not a positive number. */
export function leadTimeDaysOf(metadata: RawMetadata): number | null {
  const raw = metadata?.lead_time_days
  const days = typeof raw === "string" ? Number(raw) : raw
  return typeof days === "number" && Number.isFinite(days) && days > 0 ? Math.ceil(days) : null
}

export function variantStock(variant: RawVariant, leadTimeDays: number | null): StockState {
  if (variant.manage_inventory === false) return { kind: "in_stock", quantity: null }
  const quantity = typeof variant.inventory_quantity === "number" ? variant.inventory_quantity : null
  if (quantity !== null && quantity > 0) return { kind: "in_stock", quantity }
  if (variant.allow_backorder === true) return { kind: "made_to_order", leadTimeDays }
  // Quantity unknown: let the cart decide rather than hide the product.
  return quantity === null ? { kind: "in_stock", quantity: null } : { kind: "sold_out" }
}

const RANK: Record<StockState["kind"], number> = { in_stock: 0, made_to_order: 1, sold_out: 2 }

/** The best state among variants: in stock beats made to order beats sold out; no variants → sold out. */
export function bestStock(states: readonly StockState[]): StockState {
  let best: StockState = { kind: "sold_out" }
  for (const state of states) {
    if (RANK[state.kind] < RANK[best.kind]) best = state
    else if (state.kind === "in_stock" && best.kind === "in_stock") {
      // Sum known quantities across variants; unknown stays unknown.
      best = {
        kind: "in_stock",
        quantity: best.quantity === null || state.quantity === null ? null : best.quantity + state.quantity,
      }
    }
  }
  return best
}

export function isBuyable(state: StockState): boolean {
  return state.kind !== "sold_out"
}
