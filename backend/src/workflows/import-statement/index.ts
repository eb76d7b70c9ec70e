import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { parseStatementStep, type StatementKind } from "./steps/parse-statement"
import { reconcileStatementStep } from "./steps/reconcile-statement"

export interface ImportStatementWorkflowInput {
  kind: StatementKind
  /** Canonical currency code ("IDR"). */
  currency: string
  filename: string
  /** The uploaded file, base64. */
  file_base64: string
  actor_id: string
}

/** One lock for everything that matches statement lines: imports and manual matches. */
export const STATEMENT_LOCK_KEY = "payout-statements"

/**
 * Imports a bank statement or a Stripe balance report (docs/payouts.md, "Reconciliation"): reads the file
 * (a 400 with the parser's message when it cannot), then, under the statements lock, stores its new lines and
 * matches them. Lines imported before are recognised by fingerprint and counted, never matched twice.
 */
export const importStatementWorkflow = createWorkflow("import-statement", (input: ImportStatementWorkflowInput) => {
  const statement = parseStatementStep(
    transform({ input }, ({ input }) => ({ kind: input.kind, currency: input.currency, file_base64: input.file_base64 }))
  )
  acquireLockStep({ key: STATEMENT_LOCK_KEY, timeout: 30, ttl: 120 })
  const result = reconcileStatementStep(
    transform({ input, statement }, ({ input, statement }) => ({
      kind: input.kind,
      currency: input.currency,
      filename: input.filename,
      statement,
      actor_id: input.actor_id,
    }))
  )
  releaseLockStep({ key: STATEMENT_LOCK_KEY })
  return new WorkflowResponse(result)
})
