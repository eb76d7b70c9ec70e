import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"

/** On an order's page: the buyer's gift note (cart metadata `gift_note`, carried to the order), if she wrote one. */
const OrderGiftNoteWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const note = typeof order.metadata?.gift_note === "string" ? order.metadata.gift_note.trim() : ""
  if (!note) return null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Gift note</Heading>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" className="whitespace-pre-wrap break-words">
          {note}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          Written by the buyer at checkout. Print it and put it in the parcel.
        </Text>
      </div>
    </Container>
  )
}

// As for products, 2.21's detail pages place widgets by section zone: "order.details.side" is the side column.
export const config = defineWidgetConfig({
  zone: "order.details.side",
})

export default OrderGiftNoteWidget
