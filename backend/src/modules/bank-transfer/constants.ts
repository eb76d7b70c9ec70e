// Pure constants (no imports): shared by the provider, the store routes and the admin widgets.

export const BANK_TRANSFER_IDENTIFIER = "bank-transfer"
/** The id given to the provider in medusa-config.ts. */
export const BANK_TRANSFER_CONFIG_ID = "bank-transfer"
/** `pp_<identifier>_<id>`: the provider id regions, payment sessions and payments carry. */
export const BANK_TRANSFER_PROVIDER_ID = `pp_${BANK_TRANSFER_IDENTIFIER}_${BANK_TRANSFER_CONFIG_ID}`
