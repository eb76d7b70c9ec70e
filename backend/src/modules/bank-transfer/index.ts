import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BankTransferProviderService from "./service"

export { BANK_TRANSFER_PROVIDER_ID } from "./options"
export { orderReference, parseOrderNumber } from "./reference"

/** Payment provider `pp_bank-transfer_bank-transfer`: manual bank transfer, confirmed by staff. */
export default ModuleProvider(Modules.PAYMENT, {
  services: [BankTransferProviderService],
})
