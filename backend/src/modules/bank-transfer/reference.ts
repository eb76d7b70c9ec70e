// The reference a buyer writes on her bank transfer, and its reading back. Pure TypeScript, no framework
// imports: the storefront contract, the admin widget and (later) payout reconciliation all use it.

export const ORDER_REFERENCE_PREFIX = "RK-"

/** The transfer reference of an order, from its display_id: 1001 → "RK-1001". */
export function orderReference(displayId: number | string): string {
  const digits = String(displayId).trim()
  if (!/^[1-9][0-9]*$/.test(digits)) throw new Error("An order's display_id is a positive whole number")
  return `${ORDER_REFERENCE_PREFIX}${digits}`
}

/**
 * Reads an order number as a buyer may type it — 1001, "1001", "#1001", "RK-1001", "rk 1001", " RK1001 " —
 * and returns the display_id, or null when it is not an order number.
 */
export function parseOrderNumber(input: unknown): number | null {
  if (typeof input === "number") return Number.isSafeInteger(input) && input > 0 ? input : null
  if (typeof input !== "string") return null
  const match = /^(?:#|rk[\s-]?)?\s*([0-9]{1,15})$/i.exec(input.trim())
  if (!match) return null
  const value = Number(match[1])
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

/** Finds an order reference inside free text such as a bank statement line ("TRF RK-1001 SARI"). */
export function findOrderReference(text: string): number | null {
  const match = /\bRK[\s-]?([1-9][0-9]{0,14})\b/i.exec(text)
  return match ? Number(match[1]) : null
}
