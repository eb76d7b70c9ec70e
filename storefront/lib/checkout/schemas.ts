/**
 * Validation of every form of the cart, checkout, order lookup and account pages (zod). Error messages are
 * keys of the "checkout" catalogue's `errors` (e.g. "required", "postalCodeId"), translated by the caller,
 * so the same schema serves both languages and the tests read plainly.
 */
import { z } from "zod"
import { PROVINCES } from "./provinces"

export const GIFT_NOTE_MAX = 500
export const MAX_QUANTITY = 50
export const PASSWORD_MIN = 8

// Pragmatic: something@something.tld, no spaces. The backend checks again.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong")
const optionalText = (max: number) => z.string().trim().max(max, "tooLong").default("")

/** Characters as a reader counts them (an emoji is one), as the backend counts them. */
export const characterCount = (value: string) => [...value].length

export const emailSchema = z
  .string()
  .trim()
  .min(1, "required")
  .max(254, "tooLong")
  .regex(EMAIL_PATTERN, "email")
  .transform((v) => v.toLowerCase())

/** "+62 812-3456-7890", "0812 3456 7890" → "+6281234567890"-like digits; Indonesian numbers only. */
export const indonesianPhone = z
  .string()
  .trim()
  .min(1, "required")
  .transform((v) => v.replace(/[\s().-]/g, ""))
  .refine((v) => /^(\+?62|0)8\d{7,12}$/.test(v), "phoneId")
  .transform((v) => (v.startsWith("0") ? `+62${v.slice(1)}` : v.startsWith("62") ? `+${v}` : v))

const internationalPhone = z
  .string()
  .trim()
  .max(30, "tooLong")
  .refine((v) => v === "" || /^\+?[\d\s().-]{6,25}$/.test(v), "phone")
  .default("")

export const indonesianAddressSchema = z.object({
  name: text(100),
  phone: indonesianPhone,
  address: text(200),
  province: z.enum(PROVINCES, "province"),
  city: text(100),
  district: optionalText(100),
  postalCode: z.string().trim().regex(/^\d{5}$/, "postalCodeId"),
})

/** The fields of each address form, in order. */
export const ID_FIELDS = ["name", "phone", "address", "province", "city", "district", "postalCode"] as const
export const INTL_FIELDS = ["name", "phone", "country", "address1", "address2", "city", "state", "postalCode"] as const

export type IndonesianAddress = z.infer<typeof indonesianAddressSchema>

export function internationalAddressSchema(countries: readonly string[]) {
  return z.object({
    name: text(100),
    phone: internationalPhone,
    country: z
      .string()
      .trim()
      .toLowerCase()
      .refine((c) => countries.includes(c), "country"),
    address1: text(200),
    address2: optionalText(200),
    city: text(100),
    state: optionalText(100),
    postalCode: z
      .string()
      .trim()
      .min(1, "required")
      .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, "postalCode"),
  })
}

export type InternationalAddress = z.infer<ReturnType<typeof internationalAddressSchema>>

export const giftNoteSchema = z
  .string()
  .trim()
  .refine((v) => characterCount(v) <= GIFT_NOTE_MAX, "giftNoteTooLong")

export const quantitySchema = z.coerce
  .number("quantity")
  .int("quantity")
  .min(1, "quantity")
  .max(MAX_QUANTITY, "quantityMax")

/** The same for a cart line, where 0 removes it. */
export const lineQuantitySchema = z.coerce.number("quantity").int("quantity").min(0, "quantity").max(MAX_QUANTITY, "quantityMax")

export const shippingChoiceSchema = z.string().trim().min(1, "shippingOption")

export const orderLookupSchema = z.object({
  orderNumber: z
    .string()
    .trim()
    .min(1, "required")
    .max(40, "orderNumber")
    .refine((v) => /^(#|rk[-\s]?)?\d{1,12}$/i.test(v), "orderNumber"),
  email: emailSchema,
})

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "required").max(200, "tooLong"),
})

export const registerSchema = z.object({
  firstName: text(60),
  lastName: optionalText(60),
  email: emailSchema,
  password: z.string().min(PASSWORD_MIN, "passwordShort").max(200, "tooLong"),
})

export type FieldErrors = Record<string, string>

/** The first message key per field ("address.postalCode" style paths joined with dots). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form"
    if (!(path in out)) out[path] = issue.message
  }
  return out
}

/** The text fields of a form, as strings (a missing field is ""; files are ignored). */
export function formValues(form: FormData, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of names) {
    const value = form.get(name)
    out[name] = typeof value === "string" ? value : ""
  }
  return out
}
