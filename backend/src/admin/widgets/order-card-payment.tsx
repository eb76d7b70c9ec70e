import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type CardTransaction = {
  id: string
  kind: "charge" | "refund"
  stripe_id: string
  currency: string
  amount: number
  fee: number
  net: number
}

const money = (amount: number, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)

/**
 * On an order paid by card: each charge and refund as Stripe settled it, with Stripe's fee and what reached the
 * organisation's Stripe balance. Refunds are made with Medusa's own Refund button; they reach Stripe.
 */
const OrderCardPaymentWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data } = useQuery({
    queryKey: ["rk-order-card-transactions", order.id],
    queryFn: () =>
      sdk.client.fetch<{ card_transactions: CardTransaction[] }>(`/admin/orders/${order.id}/card-transactions`),
  })
  const rows = data?.card_transactions ?? []
  if (!rows.length) return null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Card payment (Stripe)</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Fees and net as Stripe reports them, in the Stripe balance currency.
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Stripe</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Fee</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Net</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.Cell>
                {row.kind === "charge" ? "Charge" : "Refund"} <span className="text-ui-fg-subtle">{row.stripe_id}</span>
              </Table.Cell>
              <Table.Cell className="text-right">{money(row.amount, row.currency)}</Table.Cell>
              <Table.Cell className="text-right">{money(row.fee, row.currency)}</Table.Cell>
              <Table.Cell className="text-right">{money(row.net, row.currency)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderCardPaymentWidget
