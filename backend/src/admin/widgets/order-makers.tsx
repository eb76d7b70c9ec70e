import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { formatDate, formatDateTime } from "../lib/format"
import { sdk } from "../lib/sdk"
import type { MakerItemStatus } from "../../modules/maker/order-progress"

/** GET /admin/orders/:id/maker-items (src/workflows/utils/maker-order-items.ts, AdminOrderMakerItem). */
type MakerItem = {
  id: string
  title: string
  variant_title: string | null
  quantity: number
  maker: { id: string; display_name: string } | null
  made_to_order: boolean
  status: MakerItemStatus
  due_by: string
  ready_at: string | null
}
type MakerItems = { order_id: string; paid: boolean; items: MakerItem[] }

const BADGE: Record<MakerItemStatus, { label: string; color: "green" | "orange" | "grey" }> = {
  ready: { label: "Ready", color: "green" },
  to_make: { label: "Not ready", color: "orange" },
  to_hand_over: { label: "Not ready", color: "orange" },
  shipped: { label: "Shipped", color: "grey" },
}

/**
 * On an order's page: who makes each item, whether she has said it is ready to hand over (and when), and by
 * when it is due. Makers see a paid order in their portal; until then this says the order waits for payment.
 */
const OrderMakersWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isError } = useQuery({
    queryKey: ["rk-order-maker-items", order.id],
    queryFn: () => sdk.client.fetch<MakerItems>(`/admin/orders/${order.id}/maker-items`),
  })
  const items = data?.items ?? []
  if (!isError && !items.length) return null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Makers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {data && !data.paid
            ? "Not paid yet: makers see this order in their portal once it is paid."
            : "Each maker marks her item ready in her portal when she can hand it over."}
        </Text>
      </div>
      {isError ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Could not load the makers of this order.
          </Text>
        </div>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Item</Table.HeaderCell>
              <Table.HeaderCell>Maker</Table.HeaderCell>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {items.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>
                  {item.quantity} × {item.title}
                  {item.variant_title && <span className="text-ui-fg-subtle"> · {item.variant_title}</span>}
                  {item.made_to_order && <span className="text-ui-fg-subtle"> · made to order</span>}
                </Table.Cell>
                <Table.Cell>{item.maker?.display_name ?? "—"}</Table.Cell>
                <Table.Cell>{formatDate(item.due_by)}</Table.Cell>
                <Table.Cell className="text-right">
                  <Badge size="2xsmall" color={BADGE[item.status].color}>
                    {BADGE[item.status].label}
                  </Badge>
                  {item.ready_at && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {formatDateTime(item.ready_at)}
                    </Text>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

// The main column, under Medusa's own order sections (items, payment, fulfillment).
export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderMakersWidget
