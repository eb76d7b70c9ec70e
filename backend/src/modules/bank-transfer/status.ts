export type BankTransferStatus = "awaiting_payment" | "paid" | "canceled"

export interface BankTransferPaymentState {
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
}

/**
 * Where an order paid by bank transfer stands: canceled (order or payment canceled), paid (staff captured the
 * payment after seeing the money on the bank statement), otherwise awaiting the buyer's transfer.
 */
export function bankTransferStatus(orderStatus: string | null | undefined, payment: BankTransferPaymentState): BankTransferStatus {
  if (orderStatus === "canceled" || payment.canceled_at) return "canceled"
  if (payment.captured_at) return "paid"
  return "awaiting_payment"
}
