import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, AdminPayment, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { readServerError } from "../lib/errors"
import { sdk } from "../lib/sdk"
import { BANK_TRANSFER_PROVIDER_ID } from "../../modules/bank-transfer/constants"
import { orderReference } from "../../modules/bank-transfer/reference"
import { bankTransferStatus, type BankTransferStatus } from "../../modules/bank-transfer/status"

const FIELDS = "id,display_id,status,currency_code,total,*payment_collections,*payment_collections.payments"
const bankTransferKey = (orderId: string) => ["rk-order-bank-transfer", orderId] as const

const STATUS: Record<BankTransferStatus, { label: string; color: "orange" | "green" | "grey" }> = {
  awaiting_payment: { label: "Awaiting payment", color: "orange" },
  paid: { label: "Paid", color: "green" },
  canceled: { label: "Canceled", color: "grey" },
}

/** Rupiah without decimals, dollars with cents, in the reader's locale. */
const formatAmount = (amount: number, currencyCode: string) =>
  new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    ...(currencyCode.toLowerCase() === "idr" && { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
  }).format(amount)

/**
 * On an order paid by bank transfer: the reference the buyer writes on her transfer, the amount, and where it
 * stands. Staff check the bank statement, then press "Mark as paid", which captures the payment with Medusa's
 * own capture route.
 */
const OrderBankTransferWidget = ({ data: initial }: DetailWidgetProps<AdminOrder>) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const { data: order } = useQuery({
    queryKey: bankTransferKey(initial.id),
    queryFn: async () => (await sdk.admin.order.retrieve(initial.id, { fields: FIELDS })).order,
    initialData: initial,
  })

  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  const payment = payments
    .filter((p: AdminPayment) => p.provider_id === BANK_TRANSFER_PROVIDER_ID)
    .sort((a, b) => Number(Boolean(a.canceled_at)) - Number(Boolean(b.canceled_at)))[0]

  const capture = useMutation({
    mutationFn: (paymentId: string) => sdk.admin.payment.capture(paymentId, {}),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: bankTransferKey(initial.id) })
      queryClient.invalidateQueries({ queryKey: ["orders"] })
    },
  })

  if (!payment || !order.display_id) return null
  const reference = orderReference(order.display_id)
  const amount = formatAmount(Number(order.total), order.currency_code)
  const status = bankTransferStatus(order.status, payment)

  const markAsPaid = async () => {
    const confirmed = await prompt({
      title: `Mark ${reference} as paid?`,
      description: `Only when the bank statement shows ${amount} with the reference ${reference}. This captures the payment and cannot be undone here.`,
      confirmText: "Mark as paid",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await capture.mutateAsync(payment.id)
      toast.success(`${reference} is paid`)
    } catch (error) {
      toast.error("Not marked as paid", { description: readServerError(error).message })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">Bank transfer</Heading>
        <Badge size="2xsmall" color={STATUS[status].color}>
          {STATUS[status].label}
        </Badge>
      </div>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Text size="small">
          Bank transfer: reference <span className="txt-small-plus">{reference}</span>, amount{" "}
          <span className="txt-small-plus">{amount}</span>, {STATUS[status].label.toLowerCase()}.
        </Text>
        {status === "awaiting_payment" && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            Check the bank statement for this reference and amount, then mark the order as paid.
          </Text>
        )}
      </div>
      {status === "awaiting_payment" && (
        <div className="flex justify-end px-6 py-4">
          <Button size="small" variant="secondary" onClick={markAsPaid} isLoading={capture.isPending}>
            Mark as paid
          </Button>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side",
})

export default OrderBankTransferWidget
