import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MathBN, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import {
  BANK_TRANSFER_IDENTIFIER,
  isDemoAccount,
  payeeAccount,
  resolveBankTransferOptions,
  type BankTransferOptions,
  type PayeeAccount,
} from "./options"

type InjectedDependencies = { logger: Logger }

/**
 * What the provider keeps in the payment session's and the payment's `data`. Public (the session's data is in
 * store cart responses): the account to pay, never anything secret. Named apart from the makers' private
 * payout fields (`bank_name`…), which must never appear in a store response.
 */
export interface BankTransferData extends Record<string, unknown> {
  account: PayeeAccount
  authorized_at?: string
  paid_at?: string
  canceled_at?: string
  refunds?: { amount: number; at: string }[]
}

const now = () => new Date().toISOString()

/**
 * Manual bank transfer. The buyer places her order (authorised at once: nothing to check yet), transfers the
 * total to the collective's account quoting the order reference, and staff capture the payment once they see
 * the money on the bank statement. A refund is money staff send back by hand; this only records it.
 */
export default class BankTransferProviderService extends AbstractPaymentProvider<BankTransferOptions> {
  static identifier = BANK_TRANSFER_IDENTIFIER

  protected readonly account_: BankTransferOptions

  constructor(container: InjectedDependencies, options: Partial<BankTransferOptions>) {
    super(container as unknown as Record<string, unknown>, options as BankTransferOptions)
    this.account_ = resolveBankTransferOptions(options)
    if (process.env.NODE_ENV === "production" && isDemoAccount(this.account_)) {
      container.logger.warn("Bank transfer: no account configured (BANK_TRANSFER_*), buyers are shown the demo account")
    }
  }

  private data(input: { data?: Record<string, unknown> }): BankTransferData {
    return { account: payeeAccount(this.account_), ...(input.data ?? {}) } as BankTransferData
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    return { id: `bt_${randomUUID()}`, data: { account: payeeAccount(this.account_) } }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: this.data(input) }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  /** Placing the order: the transfer is awaited, so the order goes through and the payment waits for capture. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...this.data(input), authorized_at: now() } }
  }

  /** Staff saw the money arrive. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...this.data(input), paid_at: now() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...this.data(input), canceled_at: now() } }
  }

  /** Staff send the money back by hand; this records that they did. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = this.data(input)
    const amount = MathBN.convert(input.amount).toNumber()
    return { data: { ...data, refunds: [...(data.refunds ?? []), { amount, at: now() }] } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = this.data(input)
    if (data.canceled_at) return { status: PaymentSessionStatus.CANCELED, data }
    if (data.paid_at) return { status: PaymentSessionStatus.CAPTURED, data }
    if (data.authorized_at) return { status: PaymentSessionStatus.AUTHORIZED, data }
    return { status: PaymentSessionStatus.PENDING, data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: this.data(input) }
  }

  /** No bank calls us: staff confirm transfers in the admin. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
