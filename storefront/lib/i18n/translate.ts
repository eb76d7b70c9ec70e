import { createTranslator } from "use-intl/core"
import { INTL_LOCALE, type Locale } from "./config"
import { MESSAGES, type Messages } from "./messages"

/**
 * A translator for one area of the catalogue, e.g. getT("en", "cart")("title"). ICU message syntax
 * (plurals, selects, {placeholders}). Used on the server; client components receive finished strings.
 */
export function getT<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale: INTL_LOCALE[locale], messages: MESSAGES[locale], namespace })
}

export type Translator<N extends keyof Messages> = ReturnType<typeof getT<N>>

/** A product option's title ("Warna", "Ukuran") in `locale`, as the catalogue names it; unknown titles stay. */
export function optionTitle(locale: Locale, title: string): string {
  const names: Record<string, string> = MESSAGES[locale].catalog.product.options
  return names[title] ?? title
}
