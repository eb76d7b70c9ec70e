import { notFound } from "next/navigation"
import { Icon } from "@/components/maker/icons"
import { OrderItemCard, type OrderItemWords } from "@/components/maker/OrderItemCard"
import { ProductUnavailable } from "@/components/maker/ProductUnavailable"
import { isLocale, type Locale } from "@/lib/i18n/config"
import { portalPath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { formatDay } from "@/lib/maker/format"
import { markItemReady } from "@/lib/maker/order-actions"
import { leaveOnFailure, requireMakerToken } from "@/lib/maker/portal-session"
import { listMakerOrderItems } from "@/lib/medusa/maker"
import type { PortalOrderItem } from "@/lib/medusa/maker-shapes"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function itemWords(locale: Locale, item: PortalOrderItem): OrderItemWords {
  const t = getT(locale, "maker")
  const date = formatDay(item.dueBy, locale)
  const due =
    item.status === "shipped" || !date
      ? null
      : item.status === "to_make"
        ? t("orders.makeBy", { date })
        : t("orders.handOverBy", { date })
  return {
    quantity: t("orders.quantity", { count: item.quantity }),
    due,
    status: t(`orders.status.${item.status}`),
    markReady: t("orders.markReady"),
  }
}

/** Pesanan saya: her items in paid orders, the next to be done first; "Sudah siap" tells staff. */
export default async function MakerOrdersPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const token = await requireMakerToken(locale)
  const result = await listMakerOrderItems(token)
  if (!result.ok) leaveOnFailure(locale, result.reason)
  const query = await searchParams
  const t = getT(locale, "maker")
  return (
    <div className="maker-page">
      <a href={portalPath(locale)} className="maker-back">
        <Icon name="back" />
        <span>{t("home.tasksLabel")}</span>
      </a>
      <h1>{t("orders.title")}</h1>
      {typeof query.ready === "string" && (
        <p className="maker-notice" role="status">
          {t("orders.readySaved")}
        </p>
      )}
      {query.error === "ready" && (
        <p className="maker-alert" role="alert">
          {t("orders.readyError")}
        </p>
      )}
      {!result.ok ? (
        <ProductUnavailable message={t("orders.error")} retryHref={portalPath(locale, "orders")} retryLabel={t("products.retry")} />
      ) : result.items.length === 0 ? (
        <p className="maker-lead">{t("orders.empty")}</p>
      ) : (
        <ul className="maker-cards">
          {result.items.map((item) => (
            <OrderItemCard key={item.id} item={item} words={itemWords(locale, item)} locale={locale} action={markItemReady} />
          ))}
        </ul>
      )}
    </div>
  )
}
