import { z } from "@medusajs/framework/zod"
import {
  CONSENT_ITEMS,
  CRAFTS,
  HANDLE_PATTERN,
  LIMITS,
  MAKER_STATUSES,
  PAYOUT_METHODS,
  PRIVATE_FIELDS,
  type MakerPrivateData,
} from "../../../modules/maker/types"

// Bodies of the admin maker routes (docs/makers-api.md). Objects are strict: an unknown field is a 400.
//
// Private fields are checked with messages of our own that never repeat the value: Medusa's messages for a
// wrong type or enum value quote what was sent ("…got: '…'"), and those messages are both returned and
// logged. A private value must appear in neither.

export const handleSchema = z
  .string()
  .min(LIMITS.handleMin)
  .max(LIMITS.handleMax)
  .regex(HANDLE_PATTERN, "Field 'handle' may contain only lowercase letters a-z, digits, and single hyphens between them")

const optionalText = (max: number) => z.string().trim().max(max).nullish()

const publicFields = {
  handle: handleSchema,
  display_name: z.string().trim().min(1).max(LIMITS.displayNameMax),
  story_id: optionalText(LIMITS.storyMax),
  story_en: optionalText(LIMITS.storyMax),
  crafts: z
    .array(z.string())
    .min(1)
    .refine((crafts) => crafts.every((craft) => (CRAFTS as readonly string[]).includes(craft)), {
      message: `Field 'crafts' may contain only ${CRAFTS.join(", ")}`,
    })
    .transform((crafts) => CRAFTS.filter((craft) => crafts.includes(craft))),
  city: optionalText(LIMITS.cityMax),
  image_url: z
    .string()
    .max(LIMITS.imageUrlMax)
    .regex(/^https?:\/\/\S+$/, "Field 'image_url' must be an http(s) URL")
    .nullish(),
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const PHONE = /^\+?[0-9][0-9 ().-]{5,24}$/
const PRIVATE_LIMITS: Record<(typeof PRIVATE_FIELDS)[number], { max: number; pattern?: RegExp; describe: string }> = {
  legal_name: { max: 200, describe: "text of at most 200 characters" },
  phone: { max: 32, pattern: PHONE, describe: "a phone number such as +6281234567890" },
  whatsapp: { max: 32, pattern: PHONE, describe: "a phone number such as +6281234567890" },
  address: { max: 500, describe: "text of at most 500 characters" },
  payout_method: { max: 10, pattern: new RegExp(`^(${PAYOUT_METHODS.join("|")})$`), describe: `one of ${PAYOUT_METHODS.join(", ")}` },
  bank_name: { max: 200, describe: "text of at most 200 characters" },
  bank_account_number: { max: 40, pattern: /^[0-9][0-9 -]*$/, describe: "digits (spaces and hyphens allowed), at most 40" },
  bank_account_holder: { max: 200, describe: "text of at most 200 characters" },
  ewallet_provider: { max: 200, describe: "text of at most 200 characters" },
  ewallet_number: { max: 32, pattern: PHONE, describe: "a phone number such as +6281234567890" },
  staff_notes: { max: 4000, describe: "text of at most 4000 characters" },
}

function privateField(field: (typeof PRIVATE_FIELDS)[number]) {
  const rule = PRIVATE_LIMITS[field]
  return z
    .custom<string | null>(
      (value) =>
        value === null ||
        (typeof value === "string" && value.trim().length <= rule.max && (!rule.pattern || value.trim() === "" || rule.pattern.test(value.trim()))),
      { message: `Field 'private.${field}' must be null or ${rule.describe}` }
    )
    .transform((value) => (typeof value === "string" ? value.trim() || null : null))
    .optional()
}

const privateObject = z
  .object(Object.fromEntries(PRIVATE_FIELDS.map((field) => [field, privateField(field)])) as {
    [K in (typeof PRIVATE_FIELDS)[number]]: ReturnType<typeof privateField>
  })
  .strict()

export const makerPrivateSchema = z
  .custom<Record<string, unknown>>(isPlainObject, { message: "Field 'private' must be an object" })
  .pipe(privateObject)
  .transform((value) => value as Partial<MakerPrivateData>)

export const consentsSchema = z
  .object(Object.fromEntries(CONSENT_ITEMS.map((item) => [item, z.boolean().optional()])) as {
    [K in (typeof CONSENT_ITEMS)[number]]: z.ZodOptional<z.ZodBoolean>
  })
  .strict()

export const AdminCreateMaker = z
  .object({
    ...publicFields,
    private: makerPrivateSchema.optional(),
    consents: consentsSchema.optional(),
  })
  .strict()
export type AdminCreateMakerType = z.infer<typeof AdminCreateMaker>

export const AdminUpdateMaker = z
  .object({
    handle: publicFields.handle.optional(),
    display_name: publicFields.display_name.optional(),
    story_id: publicFields.story_id,
    story_en: publicFields.story_en,
    crafts: publicFields.crafts.optional(),
    city: publicFields.city,
    image_url: publicFields.image_url,
    private: makerPrivateSchema.optional(),
    consents: consentsSchema.optional(),
  })
  .strict()
export type AdminUpdateMakerType = z.infer<typeof AdminUpdateMaker>

export const AdminRecordConsent = z.object({ item: z.enum(CONSENT_ITEMS), granted: z.boolean() }).strict()
export type AdminRecordConsentType = z.infer<typeof AdminRecordConsent>

const productIds = z.array(z.string().min(1).max(100)).max(500)
export const AdminAssignProducts = z
  .object({ add: productIds.optional(), remove: productIds.optional() })
  .strict()
  .refine((body) => (body.add?.length ?? 0) + (body.remove?.length ?? 0) > 0, {
    message: "Give at least one product id in 'add' or 'remove'",
  })
export type AdminAssignProductsType = z.infer<typeof AdminAssignProducts>


const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback)
const offset = z.coerce.number().int().min(0).default(0)

export const AdminListMakersQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    status: z.enum(MAKER_STATUSES).optional(),
    /** The maker of this product (a list of one, or empty). */
    product_id: z.string().min(1).max(100).optional(),
    limit: limit(100, 50),
    offset,
  })
  .strict()
export type AdminListMakersQueryType = z.infer<typeof AdminListMakersQuery>

export const AdminMakerHistoryQuery = z.object({ limit: limit(500, 100), offset }).strict()
export type AdminMakerHistoryQueryType = z.infer<typeof AdminMakerHistoryQuery>

/** GET /admin/orders/:id/maker-items takes no query parameters. */
