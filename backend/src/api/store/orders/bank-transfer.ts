import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import {
  BANK_TRANSFER_PROVIDER_ID,
  accountFromPaymentData,
  bankAccountFromEnv,
  resolveBankTransferOptions,
  type BankTransferOptions,
} from "../../../modules/bank-transfer/options"
import { orderReference } from "../../../modules/bank-transfer/reference"
import { bankTransferStatus, type BankTransferStatus } from "../../../modules/bank-transfer/status"

/** What a buyer needs to pay an order by bank transfer (docs/checkout-api.md). */
export interface StoreBankTransfer {
  bank_name: string
  account_name: string
  account_number: string
  reference: string
  /** The order total in Medusa's decimal major units (rupiah, dollars). */
  amount: number
  currency_code: string
  status: BankTransferStatus
}

// Explicit fields only: the order's addresses, email and items are not needed here and not read.
const FIELDS = [
  "id",
  "display_id",
  "status",
  "currency_code",
  "total",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.created_at",
]

type Payment = {
  provider_id: string
  data?: Record<string, unknown> | null
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
  created_at?: Date | string | null
}

/** The bank transfer of an order, or null for an unknown order or one not paid by bank transfer. */
export async function retrieveBankTransfer(
  scope: Pick<MedusaContainer, "resolve">,
  orderId: string
): Promise<StoreBankTransfer | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: orderId } })
  if (!order) return null

  const payments = ((order.payment_collections ?? []) as { payments?: Payment[] | null }[])
    .flatMap((collection) => collection?.payments ?? [])
    .filter((payment): payment is Payment => payment?.provider_id === BANK_TRANSFER_PROVIDER_ID)
  // A live payment (not canceled) first; among equals the latest.
  const payment = payments.sort(
    (a, b) => Number(Boolean(a.canceled_at)) - Number(Boolean(b.canceled_at)) || String(b.created_at).localeCompare(String(a.created_at))
  )[0]
  if (!payment) return null

  // The account the buyer was shown when she ordered (kept in the payment's data); the configured one otherwise.
  const account = resolveBankTransferOptions({ ...bankAccountFromEnv(), ...definedOnly(accountFromPaymentData(payment.data)) })
  return {
    ...account,
    reference: orderReference(order.display_id!),
    amount: MathBN.convert(order.total as never).toNumber(),
    currency_code: order.currency_code!,
    status: bankTransferStatus(order.status, payment),
  }
}

const definedOnly = (account: Partial<BankTransferOptions>): Partial<BankTransferOptions> =>
  Object.fromEntries(Object.entries(account).filter(([, value]) => value !== undefined))
