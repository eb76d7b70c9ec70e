import { MedusaError } from "@medusajs/framework/utils"
import { IDENTIFIER_TAKEN_MESSAGE, INVALID_INVITE_MESSAGE } from "../../modules/maker/access-rules"

// Errors of the portal-access workflows that routes answer in their own way: a wrong invite code counts
// towards the per-IP limit, and a taken identifier is a 409 (Medusa's error handler would replace the message
// of a CONFLICT error with its own). Recognised by message, which survives the workflow engine's serialization.

/** One error for a wrong, expired, used or replaced code, or one whose maker is gone: which, is not said. */
export const invalidInviteError = () => new MedusaError(MedusaError.Types.INVALID_DATA, INVALID_INVITE_MESSAGE)

export const identifierTakenError = () => new MedusaError(MedusaError.Types.DUPLICATE_ERROR, IDENTIFIER_TAKEN_MESSAGE)

const messageOf = (error: unknown) => (error as { message?: unknown } | null)?.message

export const isInvalidInviteError = (error: unknown) => messageOf(error) === INVALID_INVITE_MESSAGE
export const isIdentifierTakenError = (error: unknown) => messageOf(error) === IDENTIFIER_TAKEN_MESSAGE
