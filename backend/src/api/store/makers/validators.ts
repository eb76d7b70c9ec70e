import { z } from "@medusajs/framework/zod"

// The store's maker routes have a fixed public shape: no fields/expand parameters, and any unknown
// parameter is a 400 rather than silently ignored.
export const StoreListMakersQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreListMakersQueryType = z.infer<typeof StoreListMakersQuery>

export const StoreGetMakerQuery = z.object({}).strict()
