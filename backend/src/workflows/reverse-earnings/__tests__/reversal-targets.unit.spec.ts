import { describe, expect, it } from "vitest"
import { reversalTargets } from "../targets"

// Order A of the integration test: two roses (Rp 370.000) and a bale (Rp 1.250.000), courier Rp 25.000.
const ROSES = { gross: 370000, quantity: 2, returned: 0 }
const BALE = { gross: 1250000, quantity: 1, returned: 0 }
const CAPTURED = 370000 + 1250000 + 25000

describe("reversalTargets", () => {
  it("reverses nothing while nothing is refunded, returned or canceled", () => {
    expect(reversalTargets({ canceled: false, captured: CAPTURED, refunded: 0 }, [ROSES, BALE])).toEqual([0, 0])
  })

  it("spreads a partial refund over the lines as refunded ÷ captured, rounded down", () => {
    expect(reversalTargets({ canceled: false, captured: CAPTURED, refunded: 329000 }, [ROSES, BALE])).toEqual([74000, 250000])
    // 1 rupiah: nobody's line loses a rupiah it cannot account for.
    expect(reversalTargets({ canceled: false, captured: CAPTURED, refunded: 1 }, [ROSES, BALE])).toEqual([0, 0])
  })

  it("reverses everything when the order is canceled or wholly refunded (shipping included)", () => {
    expect(reversalTargets({ canceled: true, captured: CAPTURED, refunded: 0 }, [ROSES, BALE])).toEqual([370000, 1250000])
    expect(reversalTargets({ canceled: false, captured: CAPTURED, refunded: CAPTURED }, [ROSES, BALE])).toEqual([370000, 1250000])
  })

  it("a received return takes back the returned items only; its refund is not spread over the other lines", () => {
    const returned = [{ ...ROSES, returned: 1 }, BALE]
    expect(reversalTargets({ canceled: false, captured: CAPTURED, refunded: 0 }, returned)).toEqual([185000, 0])
    expect(reversalTargets({ canceled: false, captured: CAPTURED, refunded: 185000 }, returned)).toEqual([185000, 0])
    // A refund beyond the returned value (e.g. the courier too) is spread over what was not returned.
    const [roses, bale] = reversalTargets({ canceled: false, captured: CAPTURED, refunded: 185000 + 25000 }, returned)
    expect(roses).toBeGreaterThan(185000)
    expect(roses! - 185000 + bale!).toBeLessThanOrEqual(25000)
  })

  it("targets never decrease as refunds add up, and never exceed a line's gross", () => {
    let previous = [0, 0]
    for (let refunded = 0; refunded <= CAPTURED; refunded += 16450) {
      const targets = reversalTargets({ canceled: false, captured: CAPTURED, refunded }, [ROSES, BALE])
      targets.forEach((t, i) => {
        expect(t).toBeGreaterThanOrEqual(previous[i]!)
        expect(t).toBeLessThanOrEqual([ROSES, BALE][i]!.gross)
      })
      expect(targets[0]! + targets[1]!).toBeLessThanOrEqual(refunded)
      previous = targets
    }
  })
})
