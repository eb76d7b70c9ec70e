import { z } from "@medusajs/framework/zod"
import {
  IDENTIFIER_INVALID_MESSAGE,
  normaliseIdentifier,
  normaliseInviteCode,
  PASSWORD_MESSAGES,
  passwordProblem,
} from "../../modules/maker/access-rules"

// Bodies of the makers' portal routes (docs/maker-portal-api.md). Every field is checked with messages of
// our own that never repeat the value: Medusa's messages for a wrong type quote what was sent, and those
// messages are returned and logged. Her identifier and PIN must appear in neither.

const CODE_MAX = 64

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const acceptInviteFields = z
  .object({
    /** As she typed it; a wrong code is answered by the workflow, with the same message as an expired one. */
    code: z
      .custom<string>((value) => typeof value === "string" && value.length <= CODE_MAX, {
        message: "Enter the invite code you were given.",
      })
      .transform((value) => normaliseInviteCode(value)),
    identifier: z
      .custom<string>((value) => normaliseIdentifier(value) !== null, { message: IDENTIFIER_INVALID_MESSAGE })
      .transform((value) => normaliseIdentifier(value)!.value),
    password: z.custom<string>().superRefine((value, ctx) => {
      if (typeof value !== "string" || !value) {
        ctx.addIssue({ code: "custom", message: "Choose a PIN of at least 6 digits, or a password of at least 8 characters." })
        return
      }
      const problem = passwordProblem(value)
      if (problem) ctx.addIssue({ code: "custom", message: PASSWORD_MESSAGES[problem] })
    }),
  })
  .strict()

export const MakerAcceptInvite = z
  .custom<Record<string, unknown>>(isPlainObject, { message: "The request body must be a JSON object" })
  .pipe(acceptInviteFields)
export type MakerAcceptInviteType = z.infer<typeof acceptInviteFields>
