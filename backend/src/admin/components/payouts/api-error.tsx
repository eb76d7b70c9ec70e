import { Alert } from "@medusajs/ui"
import { readServerError } from "../../lib/errors"

/** The API's own message, inline where the action was (never only a toast), e.g. "Could not create the batch: …". */
export const ApiError = ({ error, action }: { error: unknown; action: string }) =>
  error ? (
    <Alert variant="error" dismissible={false} role="alert">
      {action}: {readServerError(error).message}
    </Alert>
  ) : null
