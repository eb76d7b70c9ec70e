import { z } from "@medusajs/framework/zod"
import { FEE_RATE_SCOPES } from "../../../../modules/payout/types"

// Fee-rate overrides (docs/payouts.md, "Earnings"). Strict; messages name the field, never echo the value.

export const AdminListFeeRatesQuery = z
  .object({ scope: z.enum(FEE_RATE_SCOPES, { message: `Field 'scope' must be one of ${FEE_RATE_SCOPES.join(", ")}` }).optional() })
  .strict()
export type AdminListFeeRatesQueryType = z.infer<typeof AdminListFeeRatesQuery>

export const AdminSetFeeRate = z
  .object({
    scope: z.enum(FEE_RATE_SCOPES, { message: `Field 'scope' must be one of ${FEE_RATE_SCOPES.join(", ")}` }),
    scope_id: z
      .custom<string>((v) => typeof v === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(v), {
        message: "Field 'scope_id' must be a maker or category id",
      }),
    rate_bps: z.custom<number | null>((v) => v === null || (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 10000), {
      message: "Field 'rate_bps' must be a whole number of basis points from 0 to 10000 (1000 = 10%), or null to remove the override",
    }),
  })
  .strict()
export type AdminSetFeeRateType = z.infer<typeof AdminSetFeeRate>
