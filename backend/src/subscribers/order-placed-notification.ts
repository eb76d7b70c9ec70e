import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  ORDER_CONFIRMATION_FIELDS,
  ORDER_PLACED_TEMPLATE,
  orderConfirmationData,
  type ConfirmationOrder,
} from "./_order-confirmation"

/**
 * Confirms a placed order to the buyer by email (template "order-placed"). In development the local provider
 * only logs it. Sent once per order, whatever retries happen (idempotency key).
 */
export default async function orderPlacedNotification({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ORDER_CONFIRMATION_FIELDS, filters: { id: event.data.id } })
  if (!order?.email || order.no_notification) return

  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: ORDER_PLACED_TEMPLATE,
    data: orderConfirmationData(order as unknown as ConfirmationOrder) as unknown as Record<string, unknown>,
    trigger_type: event.name,
    resource_id: order.id,
    resource_type: "order",
    idempotency_key: `${ORDER_PLACED_TEMPLATE}-${order.id}`,
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
}
