import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { STATEMENT_LOCK_KEY } from "../import-statement"
import { setStatementLineMatchStep, type SetStatementLineMatchInput } from "./steps/set-statement-line-match"

export type MatchStatementLineWorkflowInput = SetStatementLineMatchInput

/**
 * Manual reconciliation: staff match a statement line to a payout item, a buyer's bank-transfer payment or a
 * card transaction, or unmatch it, with a note; recorded with who and when. Under the statements lock, like
 * imports, so a target is never matched to two lines.
 */
export const matchStatementLineWorkflow = createWorkflow("match-statement-line", (input: MatchStatementLineWorkflowInput) => {
  acquireLockStep({ key: STATEMENT_LOCK_KEY, timeout: 30, ttl: 60 })
  const result = setStatementLineMatchStep(input)
  releaseLockStep({ key: STATEMENT_LOCK_KEY })
  return new WorkflowResponse(result)
})
