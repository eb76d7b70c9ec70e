import { Alert } from "@medusajs/ui"

/** The server's reason for refusing a save, above the form; nothing typed is lost. */
export const ServerErrorAlert = ({ message }: { message: string | null }) =>
  message ? (
    <Alert variant="error" dismissible={false} role="alert">
      Not saved: {message}
    </Alert>
  ) : null
