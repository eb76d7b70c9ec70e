import { z } from "@medusajs/framework/zod"

/** The query or body of a route that takes none: anything sent is refused with a 400. */
export const NoFields = z.object({}).strict()
