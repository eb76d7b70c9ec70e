import { z } from "@medusajs/framework/zod"

// Extra checks on Medusa's own cart routes. Each looks at one key and lets everything else through, so
// Medusa's validation of the rest of the body stays as it is (see check-body.ts).

export const GIFT_NOTE_MAX_LENGTH = 500
export const GIFT_NOTE_MESSAGE = `metadata.gift_note must be text of at most ${GIFT_NOTE_MAX_LENGTH} characters`

/** The most units of one variant a cart line may hold, made-to-order variants included. */
export const MAX_LINE_QUANTITY = 50
export const QUANTITY_MESSAGE = `quantity must be a whole number of at most ${MAX_LINE_QUANTITY}`

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Characters as a reader counts them (an emoji is one), not UTF-16 units. */
export const characterCount = (text: string) => [...text].length

const isValidGiftNote = (note: unknown) =>
  note === undefined || note === null || (typeof note === "string" && characterCount(note) <= GIFT_NOTE_MAX_LENGTH)

/**
 * `metadata.gift_note` on POST /store/carts and POST /store/carts/:id: text of at most 500 characters, or null
 * to clear it. Any other shape of `metadata` is left to Medusa's validator.
 */
export const CartGiftNote = z
  .object({
    metadata: z.unknown().refine((metadata) => !isPlainObject(metadata) || isValidGiftNote(metadata.gift_note), GIFT_NOTE_MESSAGE),
  })
  .passthrough()

/** `quantity` on the line-item routes: a whole number up to the cap (Medusa checks it is positive, and the stock). */
export const CartLineQuantity = z
  .object({
    quantity: z
      .unknown()
      .refine((value) => typeof value !== "number" || (Number.isInteger(value) && value <= MAX_LINE_QUANTITY), QUANTITY_MESSAGE),
  })
  .passthrough()
