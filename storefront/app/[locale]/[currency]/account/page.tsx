import type { Metadata } from "next"
import { CartCountSync } from "@/components/cart/CartCountSync"
import { LoginForm, RegisterForm } from "@/components/account/AccountForms"
import { logOut } from "@/lib/checkout/account-actions"
import { PASSWORD_MIN } from "@/lib/checkout/schemas"
import { looseT } from "@/lib/checkout/request"
import { INTL_LOCALE } from "@/lib/i18n/config"
import { accountPath, localePath } from "@/lib/i18n/paths"
import { getT } from "@/lib/i18n/translate"
import { getCustomer, type Customer } from "@/lib/medusa/customer"
import { listCustomerOrders, type OrderSummary } from "@/lib/medusa/orders"
import { formatPrice } from "@/lib/money"
import { shopParams, type ShopParams } from "@/lib/route-params"
import { readCustomerToken } from "@/lib/session"
import "@/components/checkout/forms.css"

type Props = { params: Promise<ShopParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = shopParams(await params)
  const t = getT(locale, "account")
  return { title: t("title"), description: t("description"), robots: { index: false }, alternates: { canonical: accountPath(locale) } }
}

export default async function AccountPage({ params }: Props) {
  const { locale } = shopParams(await params)
  const t = getT(locale, "account")
  const status = looseT(locale, "account")
  const intl = INTL_LOCALE[locale]
  const token = await readCustomerToken()
  let customer: Customer | null = null
  let orders: OrderSummary[] = []
  let failed = false
  if (token) {
    try {
      customer = await getCustomer(token)
      if (customer) orders = await listCustomerOrders(token)
    } catch {
      failed = true
    }
  }

  if (!customer) {
    return (
      <div className="container shop-page">
        {/* After logging out the cart's cookies are gone: the header reads them again. */}
        <CartCountSync />
        <h1>{t("title")}</h1>
        <p className="shop-lead">{t("lead")}</p>
        {failed && (
          <p role="alert" className="form-error">
            {t("error")}
          </p>
        )}
        <div className="account-forms">
          <LoginForm
            locale={locale}
            strings={{ title: t("login.title"), email: t("login.email"), password: t("login.password"), submit: t("login.submit") }}
          />
          <RegisterForm
            locale={locale}
            strings={{
              title: t("register.title"),
              firstName: t("register.firstName"),
              lastName: t("register.lastName"),
              email: t("register.email"),
              password: t("register.password"),
              passwordHint: t("register.passwordHint", { min: PASSWORD_MIN }),
              submit: t("register.submit"),
            }}
          />
        </div>
      </div>
    )
  }

  const dateFormat = new Intl.DateTimeFormat(intl, { dateStyle: "medium" })
  return (
    <div className="container shop-page">
      <h1>{t("title")}</h1>
      <p className="shop-lead">
        {customer.firstName ? t("hello", { name: customer.firstName }) + " " : ""}
        {t("signedInAs", { email: customer.email })}
      </p>
      <form action={logOut}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="button-secondary">
          {t("logout")}
        </button>
      </form>

      <section className="panel" aria-labelledby="orders-title" style={{ marginTop: "1.5rem" }}>
        <h2 id="orders-title">{t("orders.title")}</h2>
        {orders.length === 0 ? (
          <p>{t("orders.empty")}</p>
        ) : (
          <table className="orders-table">
            <thead>
              <tr>
                <th scope="col">{t("orders.number")}</th>
                <th scope="col">{t("orders.date")}</th>
                <th scope="col">{t("orders.total")}</th>
                <th scope="col">{t("orders.status")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("orders.view")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <td>{order.number}</td>
                  <td>{dateFormat.format(new Date(order.createdAt))}</td>
                  <td>{formatPrice(order.total, order.currencyCode, intl)}</td>
                  <td>{["pending", "completed", "draft", "archived", "canceled", "requires_action"].includes(order.status) ? status(`status.${order.status}`) : order.status}</td>
                  <td>
                    <a href={localePath(locale, `/order/${order.id}`)} aria-label={t("orders.viewLabel", { number: order.number })}>
                      {t("orders.view")}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  )
}
