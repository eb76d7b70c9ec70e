import { INTL_LOCALE, type Locale } from "@/lib/i18n/config"
import { getT } from "@/lib/i18n/translate"
import {
  earningsFigures,
  historyRows,
  type EarningEvent,
  type HistoryRow,
  type MakerEarnings,
} from "@/lib/medusa/maker-earnings"
import { formatPrice } from "@/lib/money"
import { Icon, type IconName } from "./icons"

/**
 * Penghasilan saya: three big figures, each with an icon and the words of what it means, then her history in
 * plain words, newest first. Server-rendered; no client JavaScript.
 */
export function EarningsView({ earnings, locale }: { earnings: MakerEarnings; locale: Locale }) {
  const t = getT(locale, "maker")
  const figures = earningsFigures(earnings)
  const rows = historyRows(earnings)
  const refunded = fullyRefunded(earnings.history)

  const money = (amount: number, currency: string) => formatPrice(amount, currency, INTL_LOCALE[locale])

  const figure = (key: "waiting" | "ready" | "paid", icon: IconName) => (
    <li className={`earnings-figure earnings-figure-${key}`}>
      <span className="earnings-figure-head">
        <Icon name={icon} />
        <span className="earnings-figure-name">
          {t(`earnings.${key}`)}
        </span>
      </span>
      {figures.map((f) => (
        <span key={f.currency} className="earnings-figure-amount" data-currency={f.currency}>
          {money(f[key], f.currency)}
        </span>
      ))}
      <span className="earnings-figure-help">{t(`earnings.${key}Help`)}</span>
      {key === "ready" &&
        figures
          .filter((f) => f.sending > 0)
          .map((f) => (
            <span key={`sending-${f.currency}`} className="earnings-figure-sending">
              <Icon name="send" />
              <span>{t("earnings.sending", { amount: money(f.sending, f.currency) })}</span>
            </span>
          ))}
    </li>
  )

  return (
    <>
      <ul className="earnings-figures" aria-label={t("earnings.figuresLabel")}>
        {figure("waiting", "clock")}
        {figure("ready", "wallet")}
        {figure("paid", "check")}
      </ul>
      <h2 className="earnings-history-title">{t("earnings.historyTitle")}</h2>
      {rows.length === 0 ? (
        <p className="maker-lead">{t("earnings.historyEmpty")}</p>
      ) : (
        <ul className="earnings-history">
          {rows.map((row, index) => {
            const words = rowWords(row, locale, refunded)
            return (
              <li key={index} className={`earnings-row earnings-row-${words.tone}`}>
                <span className="earnings-row-what">{words.what}</span>
                <span className="earnings-row-amount">{words.amount}</span>
                {words.note && <span className="earnings-row-note">{words.note}</span>}
                <time className="earnings-row-date" dateTime={row.date}>
                  {formatLongDay(row.date, locale)}
                </time>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}

const MINUS = "\u2212"

/** "12 Des 2026" (id) or "Dec 12, 2026" (en): the day in Medan (WIB). */
export function formatLongDay(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "Asia/Jakarta",
  }).format(date)
}

/** Which order lines were refunded in full: the reversals add up to (at least) what the sales brought. */
function fullyRefunded(history: EarningEvent[]): Set<string> {
  const sold = new Map<string, number>()
  const reversed = new Map<string, number>()
  for (const event of history) {
    const key = lineKey(event)
    if (!key) continue
    if (event.kind === "sale") sold.set(key, (sold.get(key) ?? 0) + Math.abs(event.amount))
    if (event.kind === "reversal") reversed.set(key, (reversed.get(key) ?? 0) + Math.abs(event.amount))
  }
  const full = new Set<string>()
  for (const [key, amount] of reversed) {
    const sale = sold.get(key)
    if (sale !== undefined && amount >= sale) full.add(key)
  }
  return full
}

const lineKey = (event: EarningEvent) =>
  event.orderDisplayId === null && event.productTitle === null
    ? null
    : `${event.currency}|${event.orderDisplayId ?? ""}|${event.productTitle ?? ""}`

type RowWords = {
  /** What it is about: "Pesanan #12 · Buket Mawar", or "Dibayar ke rekening Anda". */
  what: string
  /** What happened to it, when that is not plain from the amount: "Dikembalikan sebagian", "Sekarang siap dibayar". */
  note: string | null
  amount: string
  tone: "in" | "out" | "move" | "paid" | "failed"
}

/**
 * The words of one row: "Pesanan #12 · Buket Mawar" and "+ Rp 166.500"; the same order with "Dikembalikan
 * sebagian" and "− Rp 20.000"; "Dibayar ke rekening Anda" and "Rp 250.000".
 */
export function rowWords(row: HistoryRow, locale: Locale, fullyRefundedLines: Set<string> = new Set()): RowWords {
  const t = getT(locale, "maker")
  const money = (amount: number, currency: string) => formatPrice(Math.abs(amount), currency, INTL_LOCALE[locale])
  if (row.type === "payout") {
    const { payout } = row
    const what =
      payout.status === "paid"
        ? t("earnings.paidOut")
        : payout.status === "failed"
          ? t("earnings.payoutFailed")
          : t("earnings.payoutSending")
    return { what, note: null, amount: money(payout.amount, payout.currency), tone: payout.status === "failed" ? "failed" : "paid" }
  }
  const { event } = row
  const order = [
    event.orderDisplayId !== null ? t("earnings.order", { number: event.orderDisplayId }) : null,
    event.productTitle,
  ].filter((part): part is string => part !== null)
  const amount = money(event.amount, event.currency)
  switch (event.kind) {
    case "sale":
      return { what: order.join(" · ") || t("earnings.sale"), note: null, amount: `+ ${amount}`, tone: "in" }
    case "release":
      return { what: order.join(" · ") || t("earnings.release"), note: order.length ? t("earnings.release") : null, amount, tone: "move" }
    case "reversal": {
      const key = lineKey(event)
      const words = key && fullyRefundedLines.has(key) ? t("earnings.reversalFull") : t("earnings.reversalPartial")
      return { what: order.join(" · ") || words, note: order.length ? words : null, amount: `${MINUS} ${amount}`, tone: "out" }
    }
    case "payout":
      return { what: t("earnings.paidOut"), note: null, amount, tone: "paid" }
  }
}
