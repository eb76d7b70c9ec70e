import { PRIVATE_FIELDS } from "../../modules/maker/types"
import type {
  AdminMaker,
  ConsentItem,
  CreateMakerBody,
  Craft,
  MakerPrivate,
  MakerPublicInput,
  PayoutMethod,
  UpdateMakerBody,
} from "./types"

/** Form state: text inputs hold "" where the API holds null. Field paths match the API's ("private.phone"). */
export interface PublicFormValues {
  handle: string
  display_name: string
  story_id: string
  story_en: string
  crafts: Craft[]
  city: string
  image_url: string
}

export type PrivateFormValues = { [K in Exclude<keyof MakerPrivate, "payout_method">]: string } & {
  payout_method: PayoutMethod | ""
}

export interface CreateMakerFormValues extends PublicFormValues {
  private: PrivateFormValues
  consents: Record<ConsentItem, boolean>
}

export const PUBLIC_FIELDS = [
  "handle",
  "display_name",
  "story_id",
  "story_en",
  "crafts",
  "city",
  "image_url",
] as const satisfies readonly (keyof PublicFormValues)[]

// One list of private fields for the backend and the admin: the module's (a file with no imports).
export { PRIVATE_FIELDS }

export const emptyPublic = (): PublicFormValues => ({
  handle: "",
  display_name: "",
  story_id: "",
  story_en: "",
  crafts: [],
  city: "",
  image_url: "",
})

export const emptyPrivate = (): PrivateFormValues =>
  Object.fromEntries(PRIVATE_FIELDS.map((field) => [field, ""])) as PrivateFormValues

export const emptyCreateForm = (): CreateMakerFormValues => ({
  ...emptyPublic(),
  private: emptyPrivate(),
  consents: { display_name: false, story: false, image: false, city: false },
})

export const publicFormFrom = (maker: AdminMaker): PublicFormValues => ({
  handle: maker.handle,
  display_name: maker.display_name,
  story_id: maker.story_id ?? "",
  story_en: maker.story_en ?? "",
  crafts: [...maker.crafts],
  city: maker.city ?? "",
  image_url: maker.image_url ?? "",
})

export const privateFormFrom = (data: MakerPrivate): PrivateFormValues =>
  Object.fromEntries(PRIVATE_FIELDS.map((field) => [field, data[field] ?? ""])) as PrivateFormValues

const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim())

/** Create body: empty optional fields are left out rather than sent as null. */
export function toCreateBody(values: CreateMakerFormValues): CreateMakerBody {
  const body: CreateMakerBody = {
    handle: values.handle.trim(),
    display_name: values.display_name.trim(),
    crafts: values.crafts,
    consents: values.consents,
  }
  for (const field of ["story_id", "story_en", "city", "image_url"] as const) {
    const value = orNull(values[field])
    if (value !== null) body[field] = value
  }
  const privateData: Partial<MakerPrivate> = {}
  for (const field of PRIVATE_FIELDS) {
    const value = orNull(values.private[field])
    if (value !== null) Object.assign(privateData, { [field]: value })
  }
  if (Object.keys(privateData).length) body.private = privateData
  return body
}

/** Update body with only the public fields that changed; a cleared field is sent as null. */
export function publicChanges(before: PublicFormValues, after: PublicFormValues): UpdateMakerBody {
  const body: Partial<MakerPublicInput> = {}
  if (after.handle.trim() !== before.handle) body.handle = after.handle.trim()
  if (after.display_name.trim() !== before.display_name) body.display_name = after.display_name.trim()
  if ([...after.crafts].sort().join() !== [...before.crafts].sort().join()) body.crafts = after.crafts
  for (const field of ["story_id", "story_en", "city", "image_url"] as const) {
    if (orNull(after[field]) !== orNull(before[field])) body[field] = orNull(after[field])
  }
  return body
}

/** Update body with only the private fields that changed (never the unchanged ones, so history stays exact). */
export function privateChanges(before: PrivateFormValues, after: PrivateFormValues): UpdateMakerBody {
  const changed: Partial<MakerPrivate> = {}
  for (const field of PRIVATE_FIELDS) {
    if (orNull(after[field]) !== orNull(before[field])) {
      Object.assign(changed, { [field]: orNull(after[field]) })
    }
  }
  return Object.keys(changed).length ? { private: changed } : {}
}
