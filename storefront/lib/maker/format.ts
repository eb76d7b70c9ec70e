/** Money and dates as she reads them, in her language (Intl): rupiah without cents, days in Medan's time. */
import { INTL_LOCALE, type Locale } from "../i18n/config"
import { formatPrice } from "../money"

/** 85000 → "Rp 85.000" (id) or "Rp 85,000" (en). */
export function formatRupiah(amount: number, locale: Locale): string {
  return formatPrice(amount, "idr", INTL_LOCALE[locale])
}

/** "2026-12-12T…" → "12 Des" (id) or "Dec 12" (en), the day in Medan (WIB). */
export function formatDay(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "short", timeZone: "Asia/Jakarta" }).format(date)
}

/** "2026-11-29T03:15…" → "29 Nov 10.15" (id) or "Nov 29, 10:15 AM" (en), in Medan (WIB). */
export function formatDayTime(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "Asia/Jakarta",
  }).format(date)
}
