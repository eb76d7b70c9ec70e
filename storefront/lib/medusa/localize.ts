/**
 * Catalogue content in the page's language. Indonesian is stored in Medusa's own fields; English in
 * metadata (`title_en`, `description_en`, `name_en`, `care_en`, and per variant `<option>_en`).
 * A missing translation falls back to Indonesian.
 */
import type { Locale } from "../i18n/config"
import type { RawMetadata } from "./types"

function metaText(metadata: RawMetadata, key: string): string | null {
  const value = metadata?.[key]
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/** The text in `locale`: the Indonesian field for "id", metadata `<key>_en` for English, else Indonesian. */
export function localized(
  locale: Locale,
  indonesian: string | null | undefined,
  metadata: RawMetadata,
  key: string
): string | null {
  const base = indonesian?.trim() || null
  if (locale === "id") return base
  return metaText(metadata, `${key}_${locale}`) ?? base
}

/** The care note in `locale` (metadata care_id / care_en). */
export function careNote(locale: Locale, metadata: RawMetadata): string | null {
  return metaText(metadata, `care_${locale}`) ?? metaText(metadata, "care_id")
}

// The metadata key a variant's translated option value is stored under, by the option's (Indonesian) title.
const OPTION_KEYS: Record<string, string> = { warna: "colour", ukuran: "size" }

/** An option value's label in `locale`, from the variant metadata that holds it (e.g. colour_en). */
export function optionValueLabel(locale: Locale, optionTitle: string, value: string, variantMetadata: RawMetadata) {
  if (locale === "id") return value
  const key = OPTION_KEYS[optionTitle.trim().toLowerCase()]
  return (key && metaText(variantMetadata, `${key}_${locale}`)) || value
}
