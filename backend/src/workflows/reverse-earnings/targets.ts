// How much of each line of an order must be reversed in total (cumulative reversed gross, minor units), from
// the order's state: pure, so that any number of runs in any order reverse each line at most once.

/** floor(a × b / c), exactly, for a, b ≥ 0 and c > 0. */
const mulDivFloor = (a: number, b: number, c: number) => Number((BigInt(a) * BigInt(b)) / BigInt(c))

export interface TargetLine {
  gross: number
  quantity: number
  /** Quantity received back in returns. */
  returned: number
}

/**
 * - canceled, or everything captured refunded: each line's whole gross;
 * - returns: the returned quantity's share of the line (rounded down);
 * - refunds beyond the returned value: spread over the lines in proportion to what is not returned of them,
 *   as refunded ÷ captured of the order (rounded down per line, so the lines never take back more than the
 *   refund). Never more than a line's gross.
 */
export function reversalTargets(order: { canceled: boolean; captured: number; refunded: number }, lines: TargetLine[]): number[] {
  const returnTargets = lines.map((line) =>
    line.quantity > 0 ? mulDivFloor(line.gross, Math.min(line.returned, line.quantity), line.quantity) : 0
  )
  if (order.canceled || (order.captured > 0 && order.refunded >= order.captured)) return lines.map((line) => line.gross)
  const returnedValue = returnTargets.reduce((sum, t) => sum + t, 0)
  const base = order.captured - returnedValue
  if (base <= 0) return returnTargets
  const beyond = Math.min(Math.max(0, order.refunded - returnedValue), base)
  return lines.map((line, i) => Math.min(line.gross, returnTargets[i]! + mulDivFloor(line.gross - returnTargets[i]!, beyond, base)))
}
